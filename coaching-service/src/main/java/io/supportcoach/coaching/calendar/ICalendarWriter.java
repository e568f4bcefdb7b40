package io.supportcoach.coaching.calendar;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes sessions as iCalendar (RFC 5545) with ical4j: one VEVENT per session in the time zone it was planned in,
 * with that zone's VTIMEZONE, so a calendar app shows 10:00 in Berlin as 10:00 on both sides of a daylight-saving
 * change. The UID is the session id, so a moved or cancelled session updates the event it was, never adds one.
 */
final class ICalendarWriter {

    static final String MEDIA_TYPE = "text/calendar";
    private static final String UID_DOMAIN = "@coaching-service";

    /** Zone definitions come from ical4j's bundled zoneinfo; a registry is safe to share once built. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendarWriter() {
    }

    /** A calendar of these sessions, with one VTIMEZONE per zone they use; {@code name} titles a feed, or is null. */
    static String write(Collection<SessionEvent> sessions, String name) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Coaching suite//coaching-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (String zone : new TreeSet<>(sessions.stream().map(SessionEvent::timeZone).toList())) {
            calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
        }
        sessions.forEach(session -> calendar.add(event(session)));
        return calendar.toString();
    }

    /**
     * SEQUENCE counts the revisions attendees must take: each reschedule, and the cancellation, so a calendar app
     * replaces its copy of the event rather than keep the older one.
     */
    private static VEvent event(SessionEvent session) {
        ZoneId zone = ZoneId.of(session.timeZone());
        var event = new VEvent(session.start().atZone(zone), session.end().atZone(zone), summary(session));
        boolean cancelled = "CANCELLED".equals(session.status());
        // The stamp of the version shown, so the same version always reads the same, byte for byte.
        event.replace(new DtStamp(session.updatedAt()));
        event.add(new LastModified(session.updatedAt()));
        event.add(new Uid(session.id() + UID_DOMAIN));
        event.add(new Sequence(session.reschedules() + (cancelled ? 1 : 0)));
        event.add(new Status(status(session.status())));
        event.add(new Description(description(session)));
        String where = session.location() != null ? session.location() : session.meetingLink();
        if (where != null) {
            event.add(new Location(where));
        }
        if (session.meetingLink() != null) {
            event.add(new Url(URI.create(session.meetingLink())));
        }
        return event;
    }

    private static String status(String sessionStatus) {
        return switch (sessionStatus) {
            case "CANCELLED" -> Status.VALUE_CANCELLED;
            case "REQUESTED" -> Status.VALUE_TENTATIVE;
            default -> Status.VALUE_CONFIRMED;
        };
    }

    private static String summary(SessionEvent session) {
        String kind = switch (session.kind()) {
            case "ONE_TO_ONE" -> "One-to-one coaching";
            case "ROLE_PLAY" -> "Role-play coaching";
            case "CALL_REVIEW" -> "Call review";
            case "GROUP" -> "Group coaching";
            default -> "Coaching session";
        };
        return kind + ": coach " + session.coachEmployeeId() + ", " + String.join(", ", session.coacheeIds());
    }

    private static String description(SessionEvent session) {
        List<String> lines = new ArrayList<>();
        lines.add("Skills in focus: " + String.join(", ", session.skills()));
        if (session.scenarioTitle() != null) {
            lines.add("Scenario: " + session.scenarioTitle());
        }
        if (session.agenda() != null) {
            lines.add("Agenda: " + session.agenda());
        }
        if (session.meetingLink() != null) {
            lines.add("Join: " + session.meetingLink());
        }
        return String.join("\n", lines);
    }
}
