import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The measuring half of {@code ./suite bench} (bench/bench.sh starts the database and the services): for each
 * endpoint a warm-up, a closed-loop run for its maximum throughput, open-model runs at fractions of it, and the SQL
 * ceiling (the statements the endpoint ran, captured from PostgreSQL's log, replayed by pgbench). Writes
 * report.md, report.json and latency.svg. JDK only, so it runs as {@code java bench/LoadGenerator.java}.
 *
 * <p>Open model as wrk2 does it: request i is due at start + i / rate whether or not earlier ones have answered,
 * and its latency counts from that due time, so a stalled server shows in the percentiles instead of silently
 * slowing the client down (coordinated omission).
 */
public final class LoadGenerator {

    private static final double[] FRACTIONS = { 0.25, 0.5, 0.75 };
    private static final int CLOSED_LOOP_CONNECTIONS = 4;
    private static final int CAPTURED_REQUESTS = 20;
    /** Connections of the open model: the most requests in flight; later ones wait, and their wait counts. */
    private static final int OPEN_MODEL_CONNECTIONS = 64;
    /** The latency over which an open-model request counts as stalled: five times the tightest p99 target. */
    private static final long STALL_MS = 50;
    private static final int MANY_STATEMENTS = 10;
    private static final int IMPORT_ROWS = 5000;
    /** The subject of the HR token bench/bench.sh mints. */
    private static final String CALLER = "bench-hr";

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !"suite".equals(args[0])) {
            throw new IllegalArgumentException("usage: java bench/LoadGenerator.java suite --root DIR ... "
                    + "(bench/bench.sh passes the options)");
        }
        new Bench(options(args)).run();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** One HTTP call; an endpoint makes its n-th call from n, so its writes never repeat a key or a slot. */
    record Call(String method, String path, Map<String, String> headers, String body) {
    }

    /**
     * What to measure. A write that consumes its data (an approval approves one proposal for good) names the
     * proposals it may use ({@code available}) and the SQL that puts them back before each run ({@code reset}).
     */
    record Endpoint(String name, String service, String database, boolean write, LongFunction<Call> call,
            long available, String reset) {
    }

    record RunResult(String mode, double offeredRate, double achievedRate, long requests, long errors,
            Map<Integer, Long> statuses, double p50, double p90, double p99, double p999, double max, double seconds,
            Stalls stalls, GcPauses gc) {

        RunResult withGc(GcPauses during) {
            return new RunResult(mode, offeredRate, achievedRate, requests, errors, statuses, p50, p90, p99, p999, max,
                    seconds, stalls, during);
        }
    }

    /**
     * The requests of an open-model run that took more than {@link #STALL_MS}, and when the first and last of them were
     * due, in seconds from the run's start: a narrow window is one stall of the machine, a wide one a service that
     * keeps falling behind.
     */
    record Stalls(long count, double firstDueS, double lastDueS) {

        @Override
        public String toString() {
            return count == 0 ? "0" : String.format(Locale.ROOT, "%d, due %.1f-%.1f s", count, firstDueS, lastDueS);
        }
    }

    /**
     * The service's collector pauses, from its Prometheus metrics: all of them, their total time, and the full
     * collections among them, which stop every request for far longer than a young one.
     */
    record GcPauses(long pauses, double pauseMs, long full) {

        GcPauses minus(GcPauses before) {
            return new GcPauses(pauses - before.pauses, pauseMs - before.pauseMs, full - before.full);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d, %.0f ms, %d full", pauses, pauseMs, full);
        }
    }

    record Statement(String query, long calls, double perRequest, double meanMs) {
    }

    record Ceiling(double tps, int clients, String error, String script) {
    }

    /** One CSV import of {@code rows} new skills: its status and wall time, or why it failed. */
    record ImportResult(int rows, int status, double seconds, String error) {
    }

    record Result(Endpoint endpoint, RunResult max, List<RunResult> rates, double cpuMsPerRequest,
            double statementsPerRequest, List<Statement> statements, List<Statement> otherDatabases,
            Ceiling ceiling) {
    }

    static final class Bench {
        private final Path root;
        private final Path out;
        private final int pgPort;
        private final Path pgLog;
        private final String scale;
        private final String token;
        private final String javaOpts;
        private final int seconds;
        private final int warmUp;
        private final Map<String, Service> services = new LinkedHashMap<>();
        private final String runId = Long.toString(System.currentTimeMillis(), 36);

        record Service(String name, long startupMs, long pid, int port) {
        }

        Bench(Map<String, String> o) {
            root = Path.of(o.get("root"));
            out = Path.of(o.get("out"));
            pgPort = Integer.parseInt(o.get("pg-port"));
            pgLog = Path.of(o.get("pg-log"));
            scale = o.get("scale");
            token = o.get("token");
            javaOpts = o.get("java-opts");
            seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
            warmUp = Integer.parseInt(o.getOrDefault("warm-up", "20"));
            for (String entry : o.get("startup").split(",")) {
                String[] nameRest = entry.split("=");
                String[] parts = nameRest[1].split(":");
                services.put(nameRest[0], new Service(nameRest[0], Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Integer.parseInt(parts[2])));
            }
        }

        void run() throws Exception {
            List<Endpoint> endpoints = endpoints();
            List<Result> results = new ArrayList<>();
            Map<String, Long> rssAfterWarmUp = new LinkedHashMap<>();
            for (Endpoint endpoint : endpoints) {
                log("== " + endpoint.name());
                try {
                    results.add(measure(endpoint));
                } catch (Exception failed) {
                    dumpThreads();
                    throw failed;
                }
                rssAfterWarmUp.put(endpoint.service(), rssKiB(services.get(endpoint.service()).pid()));
            }
            // Last, so its 5 000 new skills change nothing the endpoints above read.
            log("== CSV import of " + IMPORT_ROWS + " skills");
            ImportResult csvImport = csvImport();
            log(csvImport.error() == null ? String.format(Locale.ROOT, "%d in %.2f s", csvImport.status(),
                    csvImport.seconds()) : "failed: " + csvImport.error());
            String postgres = psql("postgres", "select version()").strip().replaceFirst(" on .*", "");
            new Report(root, out, scale, javaOpts, postgres, services, rssAfterWarmUp, results, seconds, warmUp,
                    csvImport).write();
        }

        /** One import of new skills through {@code POST /catalogue/import}, timed from the first byte to the answer. */
        private ImportResult csvImport() {
            StringBuilder csv = new StringBuilder("code,name,description,category,kind,status,replacedBy,"
                    + "externalReference,tags,level1Name,level1Indicators,level2Name,level2Indicators,level3Name,"
                    + "level3Indicators,level4Name,level4Indicators,level5Name,level5Indicators\r\n");
            for (int i = 1; i <= IMPORT_ROWS; i++) {
                String code = "bench-import-" + runId + "-" + i;
                csv.append(code).append(",Imported skill ").append(i).append(",A skill of a bench import: number ")
                        .append(i).append(",communication,SOFT,ACTIVE,,,bench;import,Aware,\"Knows the routine\n"
                                + "Says so\",Developing,Tries it with help,Proficient,Does it alone,Advanced,"
                                + "Does it under load,Role model,Teaches it\r\n");
            }
            try (Connection connection = connection("skills-service")) {
                long start = System.nanoTime();
                Answer answer = connection.exchange(new Call("POST", "/catalogue/import",
                        Map.of("Content-Type", "text/csv"), csv.toString()), true);
                double took = (System.nanoTime() - start) / 1e9;
                return new ImportResult(IMPORT_ROWS, answer.status(), took, answer.status() == 200 ? null
                        : "answered " + answer.status() + ": " + answer.body());
            } catch (IOException e) {
                return new ImportResult(IMPORT_ROWS, -1, 0, e.toString());
            }
        }

        // ------------------------------------------------------------ endpoints and their data

        private List<Endpoint> endpoints() throws Exception {
            double s = Double.parseDouble(scale);
            int heavy = (int) Math.max(5, Math.round(100 * s));
            List<String> codes = psqlLines("skills", "select code from skill where status = 'ACTIVE' order by code");
            List<String> coaches = psqlLines("coaching", "select id from coach where active order by employee_id");
            int people = (int) Math.max(200, Math.round(50000 * s));
            List<String> proposed = psqlLines("secondment",
                    "select id from placement where status = 'PROPOSED' and host_approved_at is null order by id");
            Instant bookFrom = Instant.parse(psqlLines("coaching", "select to_char(date_trunc('week', max(ends_at)) "
                    + "+ interval '1 week', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from coaching_session").get(0));
            String deepCursor = deepCursor("skills-service", "/people", 0.95);
            Map<String, String> json = Map.of("Accept", "application/json");

            List<Endpoint> list = new ArrayList<>();
            list.add(new Endpoint("GET /skills/{code}", "skills-service", "skills", false,
                    n -> new Call("GET", "/skills/" + codes.get((int) (n % codes.size())), json, null), -1, null));
            list.add(new Endpoint("GET /skills?limit=50", "skills-service", "skills", false,
                    n -> new Call("GET", "/skills?limit=50", json, null), -1, null));
            list.add(new Endpoint("GET /people/{id}/profile (200 pieces of evidence)", "skills-service", "skills", false,
                    n -> new Call("GET", "/people/" + person(n % heavy + 1) + "/profile", json, null), -1, null));
            list.add(new Endpoint("GET /people?limit=50 (first page)", "skills-service", "skills", false,
                    n -> new Call("GET", "/people?limit=50", json, null), -1, null));
            list.add(new Endpoint("GET /people?limit=50 (page at 95%)", "skills-service", "skills", false,
                    n -> new Call("GET", "/people?limit=50&cursor=" + deepCursor, json, null), -1, null));
            list.add(new Endpoint("GET /coaching-sessions?limit=50", "coaching-service", "coaching", false,
                    n -> new Call("GET", "/coaching-sessions?limit=50", json, null), -1, null));
            int coacheePool = people - coaches.size();
            list.add(new Endpoint("POST /coaching-sessions (booking)", "coaching-service", "coaching", true, n -> {
                Instant start = slot(bookFrom, n);
                String body = "{\"kind\":\"ONE_TO_ONE\",\"coachId\":\"" + coaches.get((int) (n % coaches.size()))
                        + "\",\"coacheeIds\":[\"" + person(stillEmployed(coaches.size() + 1 + n % coacheePool))
                        + "\"],\"start\":\""
                        + start + "\",\"end\":\"" + start.plus(15, ChronoUnit.MINUTES)
                        + "\",\"timeZone\":\"Europe/Berlin\",\"skills\":[\"active-listening\"],\"location\":\"Room 4.12\"}";
                // A new random key for each booking, as a client should choose one.
                return new Call("POST", "/coaching-sessions", Map.of("Content-Type", "application/json",
                        "Idempotency-Key", UUID.randomUUID().toString()), body);
            }, -1, null));
            list.add(new Endpoint("GET /placements?limit=50", "secondment-service", "secondment", false,
                    n -> new Call("GET", "/placements?limit=50", json, null), -1, null));
            list.add(new Endpoint("POST /placements/{id}/approve", "secondment-service", "secondment", true,
                    n -> new Call("POST", "/placements/" + proposed.get((int) n) + "/approve?side=HOST",
                            Map.of("If-Match", "\"0\""), null), proposed.size(),
                    "update placement set status = 'PROPOSED', host_approved_by = null, host_approved_at = null, "
                            + "version = 0 where host_approved_by = '" + CALLER + "'; vacuum analyze placement"));
            return list;
        }

        private static String person(long number) {
            return String.format("p%06d", number);
        }

        /** The person, or the one before when they have left: every 50th has (load-skills.sql), and is refused. */
        private static long stillEmployed(long number) {
            return number % 50 == 0 ? number - 1 : number;
        }

        /** The n-th 15-minute slot of working hours (Monday to Friday, 09:00 to 17:00 UTC) from a Monday on. */
        private static Instant slot(Instant monday, long n) {
            long weekday = n / 32;
            long day = weekday / 5 * 7 + weekday % 5;
            return monday.plus(day, ChronoUnit.DAYS).plus(9 * 60 + (n % 32) * 15, ChronoUnit.MINUTES);
        }

        /** The cursor of the page at {@code fraction} of the list, found by walking it in pages of 200. */
        private String deepCursor(String service, String path, double fraction) throws Exception {
            long total = Long.parseLong(psqlLines("skills", "select count(*) from person").get(0));
            long pages = (long) (total * fraction / 200);
            String cursor = null;
            try (Connection connection = connection(service)) {
                for (long i = 0; i < pages; i++) {
                    String url = path + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor);
                    Answer answer = connection.exchange(new Call("GET", url, Map.of(), null), true);
                    Matcher m = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
                    if (answer.status() != 200 || !m.find()) {
                        throw new IllegalStateException("walking " + path + " failed at page " + i + ": "
                                + answer.status() + " " + answer.body());
                    }
                    cursor = m.group(1);
                }
            }
            return cursor;
        }

        // ------------------------------------------------------------ one endpoint

        private Result measure(Endpoint endpoint) throws Exception {
            AtomicLong sequence = new AtomicLong();
            Service service = services.get(endpoint.service());
            log("warm-up " + warmUp + " s");
            reset(endpoint, sequence);
            closedLoop(endpoint, sequence, warmUp);
            log("capturing the SQL of " + CAPTURED_REQUESTS + " requests");
            reset(endpoint, sequence);
            List<List<Captured>> captured = capture(endpoint, sequence);

            reset(endpoint, sequence);
            psql("postgres", "select pg_stat_statements_reset()");
            long cpuBefore = cpuTicks(service.pid());
            RunResult max = closedLoop(endpoint, sequence, seconds);
            long cpuAfter = cpuTicks(service.pid());
            List<Statement> statements = statements(endpoint.database(), true, max.requests());
            List<Statement> others = statements(endpoint.database(), false, max.requests());
            double cpuMs = (cpuAfter - cpuBefore) * 1000.0 / clockTicks() / Math.max(1, max.requests());
            double perRequest = statements.stream().mapToDouble(Statement::perRequest).sum();
            log(String.format(Locale.ROOT, "max %.0f/s, p99 %.1f ms, %.2f ms CPU and %.1f statements per request, "
                    + "%d errors", max.achievedRate(), max.p99(), cpuMs, perRequest, max.errors()));

            List<RunResult> rates = new ArrayList<>();
            for (double fraction : FRACTIONS) {
                double rate = Math.max(1, max.achievedRate() * fraction);
                reset(endpoint, sequence);
                GcPauses gcBefore = gcPauses(endpoint.service());
                RunResult r = openModel(endpoint, sequence, rate, seconds);
                r = r.withGc(gcPauses(endpoint.service()).minus(gcBefore));
                log(String.format(Locale.ROOT, "%.0f%%: asked %.0f/s, got %.0f/s, p50 %.1f p99 %.1f max %.1f ms, "
                        + "%d errors; over %d ms: %s; GC pauses %s", fraction * 100, rate, r.achievedRate(), r.p50(),
                        r.p99(), r.max(), r.errors(), STALL_MS, r.stalls(), r.gc()));
                rates.add(r);
            }
            Ceiling ceiling = ceiling(endpoint, captured);
            log(ceiling.error() == null ? String.format(Locale.ROOT, "SQL ceiling %.0f tps", ceiling.tps())
                    : "SQL ceiling not measured: " + ceiling.error());
            return new Result(endpoint, max, rates, cpuMs, perRequest, statements, others, ceiling);
        }

        private void reset(Endpoint endpoint, AtomicLong sequence) throws Exception {
            if (endpoint.reset() != null) {
                for (String sql : endpoint.reset().split("; ")) {
                    psql(endpoint.database(), sql);
                }
                sequence.set(0);
            }
        }

        private Connection connection(String service) {
            return new Connection(services.get(service).port(), token);
        }

        /** The service's collector pauses since it started, read from {@code /q/metrics}. */
        private GcPauses gcPauses(String service) throws IOException {
            try (Connection connection = connection(service)) {
                Answer answer = connection.exchange(new Call("GET", "/q/metrics", Map.of(), null), true);
                if (answer.status() != 200) {
                    throw new IOException(service + " answered /q/metrics with " + answer.status());
                }
                long pauses = 0;
                long full = 0;
                double seconds = 0;
                for (String line : answer.body().split("\n")) {
                    double value = line.startsWith("jvm_gc_pause_seconds_")
                            ? Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) : 0;
                    if (line.startsWith("jvm_gc_pause_seconds_count{")) {
                        pauses += (long) value;
                        full += line.contains("major GC") ? (long) value : 0;
                    } else if (line.startsWith("jvm_gc_pause_seconds_sum{")) {
                        seconds += value;
                    }
                }
                return new GcPauses(pauses, seconds * 1000, full);
            }
        }

        private boolean exhausted(Endpoint endpoint, long n) {
            return endpoint.available() >= 0 && n >= endpoint.available();
        }

        /** N connections, each sending its next request as soon as the last answered: the most the service does. */
        private RunResult closedLoop(Endpoint endpoint, AtomicLong sequence, int runSeconds) throws Exception {
            Recorder recorder = new Recorder();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(runSeconds);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLOSED_LOOP_CONNECTIONS; c++) {
                Thread thread = new Thread(() -> {
                    try (Connection connection = connection(endpoint.service())) {
                        while (System.nanoTime() < end) {
                            long n = sequence.getAndIncrement();
                            if (exhausted(endpoint, n)) {
                                return;
                            }
                            long sent = System.nanoTime();
                            int status = connection.send(endpoint.call().apply(n));
                            recorder.record(System.nanoTime() - sent, status);
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
            return recorder.result("max", 0, (System.nanoTime() - start) / 1e9);
        }

        /** Requests due at a constant rate, each timed from when it was due. */
        private RunResult openModel(Endpoint endpoint, AtomicLong sequence, double rate, int runSeconds)
                throws Exception {
            Recorder recorder = new Recorder();
            long total = (long) (rate * runSeconds);
            long[] stop = { -1 };
            BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
            List<Thread> workers = new ArrayList<>();
            // Connected before the clock starts: a client keeps its connections, so setting up 64 of them is not
            // the endpoint's latency (it made the first 0.1 s of a run its slowest).
            CountDownLatch connected = new CountDownLatch(OPEN_MODEL_CONNECTIONS);
            for (int c = 0; c < OPEN_MODEL_CONNECTIONS; c++) {
                Thread worker = new Thread(() -> {
                    try (Connection connection = connection(endpoint.service())) {
                        try {
                            connection.open();
                        } catch (IOException e) {
                            connection.close();
                            log("could not connect ahead of the run (its first request tries again): " + e);
                        } finally {
                            connected.countDown();
                        }
                        while (true) {
                            long[] next = due.take();
                            if (next == stop) {
                                return;
                            }
                            int status = connection.send(endpoint.call().apply(next[1]));
                            recorder.record(System.nanoTime() - next[0], status, next[0]);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                worker.start();
                workers.add(worker);
            }
            connected.await(30, TimeUnit.SECONDS);
            long start = System.nanoTime();
            recorder.startedAt(start);
            long interval = (long) (1e9 / rate);
            for (long i = 0; i < total; i++) {
                long at = start + i * interval;
                long wait;
                while ((wait = at - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long n = sequence.getAndIncrement();
                if (exhausted(endpoint, n)) {
                    break;
                }
                due.add(new long[] { at, n });
            }
            for (int c = 0; c < OPEN_MODEL_CONNECTIONS; c++) {
                due.add(stop);
            }
            for (Thread worker : workers) {
                worker.join(TimeUnit.SECONDS.toMillis(60));
            }
            return recorder.result("rate", rate, (System.nanoTime() - start) / 1e9);
        }

        // ------------------------------------------------------------ SQL: statistics, capture, ceiling

        private List<Statement> statements(String database, boolean own, long requests) throws Exception {
            String where = own ? "d.datname = '" + database + "'" : "d.datname not in ('" + database + "', 'postgres')";
            List<Statement> list = new ArrayList<>();
            for (String line : psqlLines("postgres", "select s.calls, round((s.total_exec_time / s.calls)::numeric, 4), "
                    + "d.datname || ': ' || regexp_replace(s.query, '\\s+', ' ', 'g') from pg_stat_statements s "
                    + "join pg_database d on d.oid = s.dbid where " + where + " order by s.calls desc, s.query")) {
                String[] parts = line.split("\\|", 3);
                long calls = Long.parseLong(parts[0]);
                double per = calls / (double) Math.max(1, requests);
                if (per >= 0.01) {
                    list.add(new Statement(own ? parts[2].substring(parts[2].indexOf(": ") + 2) : parts[2], calls, per,
                            Double.parseDouble(parts[1])));
                }
            }
            return list;
        }

        record Captured(String sql, List<String> parameters) {
        }

        private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d [\\d:.]+ \\w+\\|(\\d+)\\|(\\w*)\\|(.*)$");
        private static final Pattern EXECUTE = Pattern.compile(
                "LOG:\\s+duration: [\\d.]+ ms\\s+(?:execute [^:]+|statement): (.*)", Pattern.DOTALL);

        /**
         * The statements of a few sequential requests, with their parameter values, from PostgreSQL's log: a marker
         * statement before each request cuts the log into requests, and only the endpoint's database counts.
         */
        private List<List<Captured>> capture(Endpoint endpoint, AtomicLong sequence) throws Exception {
            psql("postgres", "alter system set log_min_duration_statement = 0", "select pg_reload_conf()");
            Thread.sleep(300);
            long offset = Files.size(pgLog);
            try (Connection connection = connection(endpoint.service())) {
                for (int i = 0; i < CAPTURED_REQUESTS; i++) {
                    long n = sequence.getAndIncrement();
                    if (exhausted(endpoint, n)) {
                        break;
                    }
                    psql(endpoint.database(), "select 'bench-marker'");
                    connection.send(endpoint.call().apply(n));
                }
            }
            psql(endpoint.database(), "select 'bench-marker'");
            psql("postgres", "alter system reset log_min_duration_statement", "select pg_reload_conf()");
            Thread.sleep(300);
            byte[] all = Files.readAllBytes(pgLog);
            String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);

            List<String[]> records = new ArrayList<>();
            for (String line : text.split("\n")) {
                Matcher m = RECORD.matcher(line);
                if (m.matches()) {
                    records.add(new String[] { m.group(2), m.group(3), m.group(1) });
                } else if (!records.isEmpty()) {
                    String[] last = records.get(records.size() - 1);
                    last[1] = last[1] + "\n" + line;
                }
            }
            boolean[] inJob = endpoint.write() ? new boolean[records.size()] : inTransactions(records);
            List<List<Captured>> requests = new ArrayList<>();
            List<Captured> current = null;
            for (int i = 0; i < records.size(); i++) {
                String[] r = records.get(i);
                if (!endpoint.database().equals(r[0]) || inJob[i]) {
                    continue;
                }
                Matcher m = EXECUTE.matcher(r[1]);
                if (!m.matches()) {
                    continue;
                }
                String sql = m.group(1).strip();
                if (sql.contains("'bench-marker'")) {
                    if (current != null && !current.isEmpty()) {
                        requests.add(current);
                    }
                    current = new ArrayList<>();
                    continue;
                }
                List<String> parameters = List.of();
                if (i + 1 < records.size() && records.get(i + 1)[1].startsWith("DETAIL:  parameters: ")) {
                    parameters = parameters(records.get(i + 1)[1].substring("DETAIL:  parameters: ".length()));
                }
                if (current != null) {
                    current.add(new Captured(sql, parameters));
                }
            }
            return requests;
        }

        /**
         * Which records ran inside a transaction of their session, from its BEGIN to its COMMIT or ROLLBACK, looked at
         * from both ends so that a transaction cut by the start or the end of the log counts too. A read runs without
         * one, so such a statement is a scheduled job of the service (the outbox relay) on a pooled connection that
         * also serves requests.
         */
        private static boolean[] inTransactions(List<String[]> records) {
            boolean[] inside = new boolean[records.size()];
            Map<String, Boolean> open = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String control = transactionControl(records.get(i));
                if ("BEGIN".equals(control)) {
                    open.put(records.get(i)[2], true);
                }
                inside[i] = open.getOrDefault(records.get(i)[2], false);
                if ("COMMIT".equals(control) || "ROLLBACK".equals(control)) {
                    open.put(records.get(i)[2], false);
                    inside[i] = true;
                }
            }
            open.clear();
            for (int i = records.size() - 1; i >= 0; i--) {
                String control = transactionControl(records.get(i));
                if ("COMMIT".equals(control) || "ROLLBACK".equals(control)) {
                    open.put(records.get(i)[2], true);
                }
                inside[i] |= open.getOrDefault(records.get(i)[2], false);
                if ("BEGIN".equals(control)) {
                    open.put(records.get(i)[2], false);
                    inside[i] = true;
                }
            }
            return inside;
        }

        /** BEGIN, COMMIT or ROLLBACK when the record runs one, otherwise null. */
        private static String transactionControl(String[] record) {
            Matcher m = EXECUTE.matcher(record[1]);
            String sql = m.matches() ? m.group(1).strip().toUpperCase(Locale.ROOT) : "";
            return sql.equals("BEGIN") || sql.equals("COMMIT") || sql.equals("ROLLBACK") ? sql : null;
        }

        /** "$1 = 'a''b', $2 = NULL" as a list; null for NULL. */
        private static List<String> parameters(String detail) {
            List<String> values = new ArrayList<>();
            int i = 0;
            while (i < detail.length()) {
                int eq = detail.indexOf(" = ", i);
                if (eq < 0) {
                    break;
                }
                i = eq + 3;
                if (detail.startsWith("NULL", i)) {
                    values.add(null);
                    i += 4;
                } else {
                    StringBuilder value = new StringBuilder();
                    i++;
                    while (i < detail.length()) {
                        char c = detail.charAt(i);
                        if (c == '\'' && i + 1 < detail.length() && detail.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                        } else if (c == '\'') {
                            i++;
                            break;
                        } else {
                            value.append(c);
                            i++;
                        }
                    }
                    values.add(value.toString());
                }
                i = detail.indexOf(", $", i);
                if (i < 0) {
                    break;
                }
            }
            return values;
        }

        /**
         * pgbench replaying the captured requests, one script each (picked at random), with their parameter values
         * bound as prepared-statement parameters as the JDBC driver binds them (inlined where a statement has more
         * than pgbench's 255). A write replays, as one transaction that it rolls back, on a fresh copy of the data
         * set where the rows the captured requests made do not exist yet, so every replay can succeed.
         */
        private Ceiling ceiling(Endpoint endpoint, List<List<Captured>> requests) throws Exception {
            if (requests.isEmpty()) {
                return new Ceiling(0, 0, "no statements were captured", "");
            }
            String database = endpoint.database();
            if (endpoint.write()) {
                database = endpoint.database() + "_ceiling";
                psql("postgres", "drop database if exists " + database + " with (force)",
                        "create database " + database + " owner suite template " + endpoint.database() + "_loaded");
            }
            Path dir = out.resolve("pgbench").resolve(slug(endpoint.name()));
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", "2", "-j", "2",
                    "-T", Integer.toString(seconds), "-h", "127.0.0.1", "-p", Integer.toString(pgPort), "-U", "suite"));
            String firstScript = null;
            for (int r = 0; r < requests.size() && r < 100; r++) {
                StringBuilder script = new StringBuilder(endpoint.write() ? "BEGIN;\n" : "");
                int s = 0;
                for (Captured c : requests.get(r)) {
                    String sql = c.sql();
                    if (endpoint.write() && sql.matches("(?i)BEGIN|COMMIT|ROLLBACK")) {
                        continue;
                    }
                    boolean inline = c.parameters().size() > 250;
                    for (int p = c.parameters().size(); p >= 1; p--) {
                        String value = c.parameters().get(p - 1);
                        String variable = "r" + r + "s" + s + "p" + p;
                        if (value == null) {
                            sql = sql.replace("$" + p, "NULL");
                        } else if (inline) {
                            sql = sql.replace("$" + p, "'" + value.replace("'", "''") + "'");
                        } else {
                            sql = sql.replace("$" + p, ":" + variable);
                            command.add("-D");
                            command.add(variable + "=" + value);
                        }
                    }
                    script.append(sql.replace("\n", " ")).append(";\n");
                    s++;
                }
                if (endpoint.write()) {
                    script.append("ROLLBACK;\n");
                }
                Path file = dir.resolve("request-" + r + ".sql");
                Files.writeString(file, script.toString());
                command.add("-f");
                command.add(file.toString());
                if (firstScript == null) {
                    firstScript = requests.get(r).stream().map(c -> c.sql().replace("\n", " ") + ";")
                            .collect(Collectors.joining("\n"));
                }
            }
            command.add(database);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Files.writeString(dir.resolve("pgbench.out"), output);
            Matcher tps = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)").matcher(output);
            Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
            if (process.exitValue() != 0 || !tps.find()) {
                String last = output.lines().filter(l -> l.contains("ERROR") || l.contains("error")).findFirst()
                        .orElse(output.strip().lines().reduce((a, b) -> b).orElse(""));
                return new Ceiling(0, 2, "pgbench failed: " + last, firstScript);
            }
            String error = failed.find() && !failed.group(1).equals("0") ? failed.group(1) + " failed transactions"
                    : null;
            return new Ceiling(Double.parseDouble(tps.group(1)), 2, error, firstScript);
        }

        // ------------------------------------------------------------ processes

        private List<String> psqlLines(String database, String sql) throws Exception {
            return psql(database, sql).lines().filter(l -> !l.isBlank()).toList();
        }

        private String psql(String database, String... sql) throws Exception {
            List<String> command = new ArrayList<>(List.of("psql", "-X", "-w", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                    "-h", "127.0.0.1", "-p", Integer.toString(pgPort), "-U", "postgres", "-d", database));
            for (String s : sql) {
                command.add("-c");
                command.add(s);
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql failed on " + database + ": " + output);
            }
            return output;
        }

        /**
         * Each service's threads, written to the output directory when a measurement fails: a service that stops
         * answering is stopped with the bench, and what its threads waited for is the one clue it leaves.
         */
        /** The jcmd beside the service's own java, which may be another JDK than this one's. */
        private static String jcmdOf(long pid) {
            return ProcessHandle.of(pid).flatMap(process -> process.info().command()).map(Path::of)
                    .map(java -> java.resolveSibling("jcmd")).filter(Files::isExecutable).map(Path::toString)
                    .orElse("jcmd");
        }

        private void dumpThreads() {
            for (Service service : services.values()) {
                Path dump = out.resolve(service.name() + "-threads.txt");
                try {
                    Process jcmd = new ProcessBuilder(jcmdOf(service.pid()), String.valueOf(service.pid()), "Thread.print")
                            .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
                    if (jcmd.waitFor(30, TimeUnit.SECONDS)) {
                        log("the threads of " + service.name() + " are in " + dump);
                    }
                } catch (IOException | InterruptedException e) {
                    log("could not dump the threads of " + service.name() + ": " + e);
                }
            }
        }

        /** utime + stime of a process, in clock ticks. */
        private static long cpuTicks(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        private static long clockTicks() throws Exception {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes()).strip());
        }

        private static long rssKiB(long pid) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
            return -1;
        }

        private static void log(String message) {
            System.out.println("bench: " + message);
        }
    }

    record Answer(int status, String body) {
    }

    /**
     * One keep-alive HTTP/1.1 connection, blocking: far cheaper per request than java.net.http, which matters when
     * the load generator shares two cores with the service it measures. Reconnects after a failure or a close.
     */
    static final class Connection implements Closeable {
        private final int port;
        private final String authorization;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(int port, String token) {
            this.port = port;
            this.authorization = "Authorization: Bearer " + token + "\r\n";
        }

        /** The status, or -1 when the exchange failed. */
        int send(Call call) {
            try {
                return exchange(call, false).status();
            } catch (IOException e) {
                close();
                return -1;
            }
        }

        /** Connects now, unless connected already, instead of at the first request. */
        void open() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = new BufferedOutputStream(socket.getOutputStream(), 16384);
            }
        }

        Answer exchange(Call call, boolean keepBody) throws IOException {
            open();
            byte[] body = call.body() == null ? new byte[0] : call.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(call.method()).append(' ').append(call.path())
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n").append(authorization);
            call.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body.length > 0 || !call.method().equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();

            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    read(size, kept);
                    line();
                }
                String trailer;
                do {
                    trailer = line();
                } while (!trailer.isEmpty());
            } else if (length > 0) {
                read(length, kept);
            }
            if (close) {
                close();
            }
            return new Answer(status, kept == null ? "" : kept.toString(StandardCharsets.UTF_8));
        }

        private void read(long length, ByteArrayOutputStream kept) throws IOException {
            byte[] buffer = new byte[8192];
            while (length > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, length));
                if (n < 0) {
                    throw new EOFException("the body ended early");
                }
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
                length -= n;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a broken connection: nothing left to do with it
                }
                socket = null;
            }
        }
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Latencies kept whole and sorted once: exact percentiles, and at these rates small enough. */
    static final class Recorder {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] current = new long[65536];
        private int size;
        private final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        private long start;
        private long stalls;
        private long firstStallDue = Long.MAX_VALUE;
        private long lastStallDue = Long.MIN_VALUE;

        synchronized void startedAt(long nanos) {
            start = nanos;
        }

        /** A request of an open-model run, due at {@code due}, which took {@code nanos} from then. */
        synchronized void record(long nanos, int status, long due) {
            record(nanos, status);
            if (nanos > TimeUnit.MILLISECONDS.toNanos(STALL_MS)) {
                stalls++;
                firstStallDue = Math.min(firstStallDue, due);
                lastStallDue = Math.max(lastStallDue, due);
            }
        }

        synchronized void record(long nanos, int status) {
            if (size == current.length) {
                chunks.add(current);
                current = new long[65536];
                size = 0;
            }
            current[size++] = nanos;
            statuses.merge(status, 1L, Long::sum);
        }

        synchronized RunResult result(String mode, double offered, double seconds) {
            int total = chunks.size() * 65536 + size;
            long[] all = new long[total];
            int at = 0;
            for (long[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            System.arraycopy(current, 0, all, at, size);
            Arrays.sort(all);
            long errors = statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                    .mapToLong(Map.Entry::getValue).sum();
            return new RunResult(mode, offered, total / seconds, total, errors, new TreeMap<>(statuses),
                    ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), total == 0 ? 0 : all[total - 1] / 1e6,
                    seconds, mode.equals("max") ? null : new Stalls(stalls, stalls == 0 ? 0 : (firstStallDue - start) / 1e9,
                            stalls == 0 ? 0 : (lastStallDue - start) / 1e9), null);
        }

        private static double ms(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }

    /** report.md, report.json and latency.svg. */
    record Report(Path root, Path out, String scale, String javaOpts, String postgres, Map<String, Bench.Service> services,
            Map<String, Long> rss, List<Result> results, int seconds, int warmUp, ImportResult csvImport) {

        void write() throws Exception {
            Path bench = root.resolve("bench");
            Files.writeString(bench.resolve("report.json"), json());
            Files.writeString(bench.resolve("latency.svg"), svg());
            Files.writeString(bench.resolve("report.md"), markdown());
            System.out.println("bench: wrote bench/report.md, bench/report.json and bench/latency.svg");
        }

        private String machine() {
            return cores() + " cores, " + memory() + ", " + postgres;
        }

        private static int cores() {
            return Runtime.getRuntime().availableProcessors();
        }

        private static String memory() {
            try {
                String line = Files.readAllLines(Path.of("/proc/meminfo")).get(0);
                return String.format(Locale.ROOT, "%.1f GiB RAM", Long.parseLong(line.replaceAll("\\D+", "")) / 1048576.0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }


        private static String f(double v) {
            return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
        }

        private Result find(String prefix) {
            return results.stream().filter(r -> r.endpoint().name().startsWith(prefix)).findFirst().orElse(null);
        }

        private static RunResult half(Result r) {
            return r.rates().get(1);
        }

        private static boolean transactionOnRead(Result r) {
            return !r.endpoint().write() && r.statements().stream()
                    .anyMatch(s -> s.query().matches("(?i)(BEGIN|COMMIT|ROLLBACK).*"));
        }

        private static double ratio(Result r) {
            return r.ceiling().tps() > 0 ? r.max().achievedRate() / r.ceiling().tps() : Double.NaN;
        }

        private List<String[]> targets() {
            List<String[]> t = new ArrayList<>();
            for (Bench.Service s : services.values()) {
                t.add(verdict("Time to first response of " + s.name() + " at most 2.0 s", f(s.startupMs() / 1000.0)
                        + " s", s.startupMs() <= 2000));
                Long kib = rss.get(s.name());
                if (kib != null) {
                    t.add(verdict("RSS of " + s.name() + " after warm-up load at most 160 MiB",
                            f(kib / 1024.0) + " MiB", kib <= 160 * 1024));
                }
            }
            Result code = find("GET /skills/{code}");
            if (code != null) {
                t.add(verdict("App CPU per request of GET /skills/{code} at most 0.48 ms", f(code.cpuMsPerRequest())
                        + " ms", code.cpuMsPerRequest() <= 0.48));
            }
            for (Result r : results) {
                if (!r.endpoint().write() && r.ceiling().tps() > 0 && r.ceiling().tps() < 5000) {
                    t.add(verdict(r.endpoint().name() + ": throughput at least 0.25 of its SQL ceiling ("
                            + f(r.ceiling().tps()) + " tps)", f(ratio(r)), ratio(r) >= 0.25));
                }
            }
            Result profile = find("GET /people/{id}/profile");
            if (profile != null) {
                t.add(verdict("Profile read (200 pieces of evidence): p99 at most 20 ms at half the maximum rate",
                        f(half(profile).p99()) + " ms", half(profile).p99() <= 20));
            }
            Result first = find("GET /people?limit=50 (first");
            Result deep = find("GET /people?limit=50 (page at");
            if (first != null && deep != null) {
                double cost = deep.cpuMsPerRequest() / first.cpuMsPerRequest();
                t.add(verdict("List page deep in the list costs at most 1.2 times the first page (app CPU per "
                        + "request; the issue compares 1 000 000 rows with 10 000: run two scales for that)",
                        f(cost) + "x", cost <= 1.2));
            }
            for (String write : List.of("POST /placements/{id}/approve", "POST /coaching-sessions")) {
                Result r = find(write);
                if (r != null) {
                    t.add(verdict(r.endpoint().name() + ": p99 at most 10 ms (at half the maximum rate)",
                            f(half(r).p99()) + " ms", half(r).p99() <= 10 && half(r).errors() == 0));
                }
            }
            List<String> withTransaction = results.stream().filter(Report::transactionOnRead)
                    .map(r -> r.endpoint().name()).toList();
            t.add(verdict("No transaction statements (BEGIN/COMMIT) on reads", withTransaction.isEmpty() ? "none"
                    : "sent by " + String.join(", ", withTransaction), withTransaction.isEmpty()));
            List<String> perRow = results.stream()
                    .filter(r -> !r.endpoint().write() && r.statementsPerRequest() > MANY_STATEMENTS)
                    .map(r -> r.endpoint().name() + " (" + f(r.statementsPerRequest()) + ")").toList();
            t.add(verdict("SQL statements per read constant in the number of rows (no N+1; flagged above "
                    + MANY_STATEMENTS + " a request, as a page then costs a statement per row)",
                    perRow.isEmpty() ? "all at most " + MANY_STATEMENTS : String.join(", ", perRow), perRow.isEmpty()));
            String importTarget = "CSV import of 5 000 skills in at most 10 s";
            t.add(csvImport.error() != null ? verdict(importTarget, "failed: " + csvImport.error(), false)
                    : verdict(importTarget, f(csvImport.seconds()) + " s", csvImport.seconds() <= 10));
            return t;
        }

        private static String[] verdict(String target, String measured, boolean met) {
            return new String[] { target, measured, met ? "met" : "NOT met" };
        }

        private String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmark report\n\n");
            md.append("Written by `./suite bench` on ").append(ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(
                    ChronoUnit.SECONDS)).append(". Figures only: nothing here is asserted by a test.\n\n");
            md.append("- Machine: ").append(machine()).append("\n");
            md.append("- Data set scale ").append(scale).append(" (1 = 50 000 people, 1 000 000 pieces of evidence, "
                    + "20 000 coaching sessions, 10 000 placements), copied fresh from the loaded template, then "
                    + "VACUUM ANALYZE\n");
            md.append("- Service JVM: `").append(javaOpts).append("`\n");
            md.append("- Per endpoint: ").append(warmUp).append(" s of warm-up, then ").append(CLOSED_LOOP_CONNECTIONS).append(" closed-loop connections for ")
                    .append(seconds).append(" s (maximum throughput), then ").append(seconds)
                    .append(" s open-model runs at 25%, 50% and 75% of it, latency counted from each request's due "
                            + "time (coordinated omission corrected); the load generator shares the 2 cores with the "
                            + "service and PostgreSQL; each open-model run shows how many requests took over "
                            + STALL_MS + " ms and when the first and last of them were due, and the service's "
                            + "collector pauses during it (from its /q/metrics), as a full collection stops every "
                            + "request at once\n");
            md.append("- SQL ceiling: pgbench, 2 clients, ").append(seconds).append(" s, replaying ")
                    .append(CAPTURED_REQUESTS).append(" requests' statements captured from PostgreSQL's log with "
                            + "their parameter values as prepared statements (as literals in a statement with more than pgbench's 255 "
                            + "parameters); a write replays as one transaction, rolled back, on a "
                            + "fresh copy of the loaded data where the captured requests' rows do not exist yet\n\n");
            md.append("## Targets of issue 13\n\n| Target | Measured | Verdict |\n|---|---|---|\n");
            for (String[] t : targets()) {
                md.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" |\n");
            }
            md.append("\n## Services\n\n| Service | First response after start | RSS after its load |\n|---|---|---|\n");
            for (Bench.Service s : services.values()) {
                Long kib = rss.get(s.name());
                md.append("| ").append(s.name()).append(" | ").append(s.startupMs()).append(" ms | ")
                        .append(kib == null ? "-" : f(kib / 1024.0) + " MiB").append(" |\n");
            }
            md.append("\n## Endpoints\n\n| Endpoint | Max req/s | SQL ceiling tps | Ratio | App CPU ms/req | "
                    + "Statements/req | p99 at 25% / 50% / 75% (ms) | Errors |\n|---|---|---|---|---|---|---|---|\n");
            for (Result r : results) {
                long errors = r.max().errors() + r.rates().stream().mapToLong(RunResult::errors).sum();
                md.append("| ").append(r.endpoint().name()).append(" | ").append(f(r.max().achievedRate()))
                        .append(" | ").append(r.ceiling().tps() > 0 ? f(r.ceiling().tps()) : "-").append(" | ")
                        .append(Double.isNaN(ratio(r)) ? "-" : f(ratio(r))).append(" | ")
                        .append(f(r.cpuMsPerRequest())).append(" | ").append(f(r.statementsPerRequest())).append(" | ")
                        .append(r.rates().stream().map(x -> f(x.p99())).collect(Collectors.joining(" / ")))
                        .append(" | ").append(errors).append(" |\n");
            }
            md.append("\n![p99 latency against offered load](latency.svg)\n");
            for (Result r : results) {
                md.append("\n### ").append(r.endpoint().name()).append(" (").append(r.endpoint().service())
                        .append(")\n\n| Run | Asked req/s | Got req/s | p50 | p90 | p99 | p99.9 | max (ms) | Statuses "
                                + "| Over " + STALL_MS + " ms | GC pauses |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
                List<RunResult> runs = new ArrayList<>();
                runs.add(r.max());
                runs.addAll(r.rates());
                for (RunResult x : runs) {
                    md.append("| ").append(x.mode().equals("max") ? "max (closed loop)" : "open model").append(" | ")
                            .append(x.offeredRate() > 0 ? f(x.offeredRate()) : "-").append(" | ")
                            .append(f(x.achievedRate())).append(" | ").append(f(x.p50())).append(" | ")
                            .append(f(x.p90())).append(" | ").append(f(x.p99())).append(" | ").append(f(x.p999()))
                            .append(" | ").append(f(x.max())).append(" | ").append(x.statuses()).append(" | ")
                            .append(x.stalls() == null ? "-" : x.stalls()).append(" | ")
                            .append(x.gc() == null ? "-" : x.gc()).append(" |\n");
                }
                md.append("\nStatements per request (pg_stat_statements during the maximum-throughput run, ")
                        .append(r.endpoint().database()).append(" database):\n\n| Per request | Mean ms | Statement |\n"
                                + "|---|---|---|\n");
                for (Statement s : r.statements()) {
                    md.append("| ").append(f(s.perRequest())).append(" | ").append(f(s.meanMs())).append(" | `")
                            .append(s.query().replace("|", "\\|")).append("` |\n");
                }
                if (!r.otherDatabases().isEmpty()) {
                    md.append("\nMeanwhile in other databases (callees, outbox deliveries):\n\n");
                    for (Statement s : r.otherDatabases()) {
                        md.append("- ").append(f(s.perRequest())).append(" per request: `").append(s.query())
                                .append("`\n");
                    }
                }
                md.append("\nSQL ceiling: ").append(r.ceiling().tps() > 0 ? f(r.ceiling().tps()) + " tps" : "-")
                        .append(r.ceiling().error() == null ? "" : " (" + r.ceiling().error() + ")")
                        .append(". The script of the first captured request (the others differ in parameters):\n\n```sql\n")
                        .append(r.ceiling().script()).append("\n```\n");
            }
            return md.toString();
        }

        private String json() {
            StringBuilder j = new StringBuilder("{\n");
            j.append("  \"date\": ").append(q(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append(",\n");
            j.append("  \"machine\": ").append(q(machine())).append(",\n");
            j.append("  \"scale\": ").append(scale).append(",\n");
            j.append("  \"javaOptions\": ").append(q(javaOpts)).append(",\n");
            j.append("  \"services\": [").append(services.values().stream().map(s -> "{\"name\": " + q(s.name())
                    + ", \"startupMs\": " + s.startupMs() + ", \"rssKiB\": " + rss.getOrDefault(s.name(), -1L) + "}")
                    .collect(Collectors.joining(", "))).append("],\n");
            j.append("  \"csvImport\": {\"rows\": ").append(csvImport.rows()).append(", \"status\": ")
                    .append(csvImport.status()).append(", \"seconds\": ").append(num(csvImport.seconds()))
                    .append(", \"error\": ").append(csvImport.error() == null ? "null" : q(csvImport.error()))
                    .append("},\n");
            j.append("  \"endpoints\": [\n");
            j.append(results.stream().map(r -> {
                List<RunResult> runs = new ArrayList<>();
                runs.add(r.max());
                runs.addAll(r.rates());
                return "    {\"name\": " + q(r.endpoint().name()) + ", \"service\": " + q(r.endpoint().service())
                        + ", \"cpuMsPerRequest\": " + num(r.cpuMsPerRequest()) + ", \"statementsPerRequest\": "
                        + num(r.statementsPerRequest()) + ", \"ceilingTps\": " + num(r.ceiling().tps())
                        + ", \"ceilingError\": " + (r.ceiling().error() == null ? "null" : q(r.ceiling().error()))
                        + ", \"ratioToCeiling\": " + num(ratio(r)) + ",\n     \"runs\": [" + runs.stream()
                                .map(x -> "{\"mode\": " + q(x.mode()) + ", \"rateAsked\": " + num(x.offeredRate())
                                        + ", \"rateAchieved\": " + num(x.achievedRate()) + ", \"requests\": "
                                        + x.requests() + ", \"errors\": " + x.errors() + ", \"p50Ms\": " + num(x.p50())
                                        + ", \"p90Ms\": " + num(x.p90()) + ", \"p99Ms\": " + num(x.p99())
                                        + ", \"p999Ms\": " + num(x.p999()) + ", \"maxMs\": " + num(x.max())
                                        + (x.stalls() == null ? "" : ", \"stalled\": " + x.stalls().count()
                                                + ", \"firstStalledDueS\": " + num(x.stalls().firstDueS())
                                                + ", \"lastStalledDueS\": " + num(x.stalls().lastDueS()))
                                        + (x.gc() == null ? "" : ", \"gcPauses\": " + x.gc().pauses()
                                                + ", \"gcPauseMs\": " + num(x.gc().pauseMs())
                                                + ", \"fullGcs\": " + x.gc().full()) + "}")
                                .collect(Collectors.joining(", "))
                        + "],\n     \"statements\": [" + r.statements().stream()
                                .map(s -> "{\"perRequest\": " + num(s.perRequest()) + ", \"query\": " + q(s.query()) + "}")
                                .collect(Collectors.joining(", "))
                        + "],\n     \"ceilingScript\": " + q(r.ceiling().script()) + "}";
            }).collect(Collectors.joining(",\n")));
            j.append("\n  ]\n}\n");
            return j.toString();
        }

        private static String num(double v) {
            return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
        }

        private static String q(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : (s == null ? "" : s).toCharArray()) {
                switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }

        /** p99 against offered load as a fraction of each endpoint's maximum, one line per endpoint, log scale. */
        private String svg() {
            int w = 1000, h = 520, left = 70, right = 430, top = 40, bottom = 60;
            double plotW = w - left - right, plotH = h - top - bottom;
            double maxMs = results.stream().flatMap(r -> r.rates().stream()).mapToDouble(RunResult::p99).max()
                    .orElse(1);
            double logMax = Math.ceil(Math.log10(Math.max(maxMs, 10)));
            double minMs = results.stream().flatMap(r -> r.rates().stream()).mapToDouble(RunResult::p99).min()
                    .orElse(1);
            double logMin = Math.min(logMax - 1, Math.floor(Math.log10(Math.max(minMs, 0.1))));
            String[] colours = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                    "#7f7f7f", "#bcbd22", "#17becf" };
            StringBuilder s = new StringBuilder();
            s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                    .append("\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" "
                            + "fill=\"white\"/>\n");
            s.append("<text x=\"").append(left).append("\" y=\"22\" font-size=\"15\">p99 latency against offered load "
                    + "(scale ").append(scale).append(")</text>\n");
            for (double d = logMin; d <= logMax; d++) {
                double y = top + plotH - (d - logMin) / (logMax - logMin) * plotH;
                s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                        + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n", left, left + plotW, y, y,
                        left - 6, y + 4, d < 0 ? "0.1" : String.valueOf((long) Math.pow(10, d))));
            }
            for (int pct = 0; pct <= 100; pct += 25) {
                double x = left + pct / 100.0 * plotW;
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.0f\" stroke=\"#ddd\"/>"
                        + "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%d%%</text>\n", x, x, top, top + plotH, x,
                        top + plotH + 18, pct));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">offered load, "
                    + "share of the endpoint's maximum throughput</text>\n", left + plotW / 2, h - 15));
            for (int i = 0; i < results.size(); i++) {
                Result r = results.get(i);
                String colour = colours[i % colours.length];
                StringBuilder points = new StringBuilder();
                for (int k = 0; k < r.rates().size(); k++) {
                    double x = left + FRACTIONS[k] * plotW;
                    double ms = Math.max(r.rates().get(k).p99(), 0.1);
                    double y = top + plotH - (Math.log10(ms) - logMin) / (logMax - logMin) * plotH;
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    s.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
                            + "fill=\"%s\"/>\n", x, y, colour));
                }
                s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                        .append(points.toString().strip()).append("\"/>\n");
                double ly = top + 10 + i * 20;
                s.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                        + "<text x=\"%.0f\" y=\"%.0f\">%s (max %s/s)</text>\n", left + plotW + 15, ly - 10, colour,
                        left + plotW + 32, ly, esc(r.endpoint().name()), f(r.max().achievedRate())));
            }
            return s.append("</svg>\n").toString();
        }

        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    private LoadGenerator() {
    }
}
