#!/usr/bin/env bash
# Seeds a believable IT support organisation through the services' public APIs, never by SQL, so a run also shows
# the APIs work end to end. Run through `./suite demo`, which starts nothing: the services must be up.
#
# Everything is made relative to today, so a demo seeded on any day looks lived in: evidence spread over the past
# year, sessions and placements that already happened recorded with the operations for recording the past, others
# still ahead. The pseudo-random choices use a fixed seed, so two fresh runs make the same organisation.
set -euo pipefail

SUITE=${SUITE:?run this through ./suite demo}
SKILLS=${SKILLS_URL:-http://localhost:8081}
COACHING=${COACHING_URL:-http://localhost:8082}
SECONDMENT=${SECONDMENT_URL:-http://localhost:8083}
RANDOM=20261128
# Dates are written with printf's own clock, without a process per date: in UTC, from this moment.
export TZ=UTC
printf -v NOW '%(%s)T' -1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

made=()
declare -A TOKENS=()

say() { printf '%s\n' "$*"; }
fail() {
    printf 'demo: %s\n' "$*" >&2
    exit 1
}

# A token for a role and subject; managers carry the teams they manage. Callers read it through $(token ...), a
# subshell whose cache is lost, so prepare_tokens mints every token the run needs once, up front, in this shell.
token() {
    local role=$1 sub=$2 manages=${3:-}
    local key="$role/$sub/$manages"
    if [[ -z ${TOKENS[$key]:-} ]]; then
        if [[ -n $manages ]]; then
            TOKENS[$key]=$("$SUITE" token --role "$role" --sub "$sub" --manages "$manages")
        else
            TOKENS[$key]=$("$SUITE" token --role "$role" --sub "$sub")
        fi
    fi
    printf '%s' "${TOKENS[$key]}"
}

# call METHOD URL TOKEN [JSON]: prints the response body; fails the demo on any status but 2xx, with the problem.
# Every POST carries an Idempotency-Key derived from what it sends, so a retried run never creates twice.
# Seeding runs in parallel workers, so each keeps its response in a file of its own ($BASHPID, not $$).
call() {
    local method=$1 url=$2 bearer=$3 body=${4:-} out status key response=$WORK/response.$BASHPID
    local args=(-sS -o "$response" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $bearer"
        -H 'Accept: application/json')
    if [[ $method == POST ]]; then
        body=${body:-{\}}
        key=$(sha256sum <<<"$method $url $body")
        args+=(-H "Idempotency-Key: demo-${key:0:40}")
    fi
    [[ -z $body ]] || args+=(-H 'Content-Type: application/json' --data-binary "$body")
    status=$(curl "${args[@]}" "$url") || fail "$method $url: no answer (is the suite up? ./suite up)"
    out=$(<"$response")
    [[ $status == 2* ]] || fail "$method $url answered $status: $out"
    printf '%s' "$out"
}

# act RESOURCE_URL VERB TOKEN [JSON]: a command on a resource (POST RESOURCE_URL/VERB), sent with If-Match of the
# resource's current ETag, as every state change must be.
act() {
    local resource=$1 verb=$2 bearer=$3 body=${4:-} etag
    etag=$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $bearer" "$resource" | tr -d '\r' |
        sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
    [[ -n $etag ]] || fail "GET $resource gave no ETag"
    local response=$WORK/response.$BASHPID
    local args=(-sS -o "$response" -w '%{http_code}' -X POST -H "Authorization: Bearer $bearer"
        -H 'Accept: application/json' -H "If-Match: $etag" -H 'Content-Type: application/json'
        --data-binary "${body:-{\}}")
    local status out
    status=$(curl "${args[@]}" "$resource/$verb") || fail "POST $resource/$verb: no answer"
    out=$(<"$response")
    [[ $status == 2* ]] || fail "POST $resource/$verb answered $status: $out"
    printf '%s' "$out"
}

# status_of URL TOKEN: only the HTTP status of a GET.
status_of() {
    curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $2" "$1" || true
}

day() { date -u -d "$1" +%F; }
pick() {
    local -n from=$1
    printf '%s' "${from[RANDOM % ${#from[@]}]}"
}

HR=$(token hr-admin e-001)

# ---------------------------------------------------------------- people

# employeeId|display name|team; the first four are the identity provider's demo users.
PEOPLE=(
    "e-001|Hannah Reed|people-operations"
    "e-002|Anna Berg|service-desk"
    "e-003|Carl Hoff|major-incident"
    "e-004|Emma Stone|service-desk"
    "e-005|Priya Nair|service-desk"
    "e-006|Tomas Ruiz|service-desk"
    "e-007|Grace Mensah|service-desk"
    "e-008|Liam O'Connell|service-desk"
    "e-009|Sofia Lindqvist|service-desk"
    "e-010|Daniel Kim|service-desk"
    "e-011|Aisha Bello|service-desk"
    "e-012|Marco Bianchi|service-desk"
    "e-013|Hana Sato|service-desk"
    "e-014|Oliver Grant|service-desk"
    "e-015|Ravi Menon|noc"
    "e-016|Chloe Dubois|noc"
    "e-017|Mateo Silva|noc"
    "e-018|Nina Petrova|noc"
    "e-019|Samuel Osei|noc"
    "e-020|Freya Nilsen|noc"
    "e-021|Yusuf Demir|noc"
    "e-022|Leah Cohen|noc"
    "e-023|Kofi Asante|field-support"
    "e-024|Isla Murray|field-support"
    "e-025|Jonas Weber|field-support"
    "e-026|Amara Okoye|field-support"
    "e-027|Lucas Moreau|field-support"
    "e-028|Mei Chen|field-support"
    "e-029|Ethan Walsh|field-support"
    "e-030|Zara Hussain|field-support"
    "e-031|Helen Park|major-incident"
    "e-032|Victor Almeida|major-incident"
    "e-033|Ingrid Larsen|major-incident"
    "e-034|Noah Fischer|major-incident"
    "e-035|Fatima Zahra|major-incident"
    "e-036|Oscar Brennan|major-incident"
    "e-037|Elena Popescu|major-incident"
    "e-038|Ruth Adeyemi|service-desk"
    "e-039|Jack Thornton|noc"
)
# Registered last, as the week's new joiner with no evidence yet: her presence says a run finished.
NEWCOMER="e-040|Maya Goldberg|field-support"
declare -A MANAGER_OF=([service-desk]=e-002 [noc]=e-015 [field-support]=e-023 [major-incident]=e-031)
declare -A TEAM_OF=() NAME_OF=()

# The skills each team practises most, which its evidence and goals are about.
declare -A TEAM_SKILLS=(
    [service-desk]="active-listening empathy patience clear-spoken-communication expectation-setting de-escalation"
    [noc]="calm-under-pressure prioritising-by-impact clear-written-communication critical-thinking teamwork"
    [field-support]="service-orientation adapting-explanations time-management ownership-and-follow-through relationship-building"
    [major-incident]="calm-under-pressure leadership clear-spoken-communication decision-making-within-policy expectation-setting"
)

manager_token() { token manager "${MANAGER_OF[$1]}" "$1"; }

prepare_tokens() {
    local row id name team
    for row in "${PEOPLE[@]}" "$NEWCOMER"; do
        IFS='|' read -r id name team <<<"$row"
        token employee "$id" >/dev/null
    done
    for team in "${!MANAGER_OF[@]}"; do manager_token "$team" >/dev/null; done
    for id in e-003 e-020 e-032; do token coach "$id" >/dev/null; done
}

# Who records a manager's view of a person: their team's manager, or HR for the manager themself.
observer_token() {
    local person=$1 team=$2
    if [[ ${MANAGER_OF[$team]} == "$person" ]]; then printf '%s' "$HR"; else manager_token "$team"; fi
}

register() {
    local id name team email
    IFS='|' read -r id name team <<<"$1"
    TEAM_OF[$id]=$team
    NAME_OF[$id]=$name
    email=$(printf '%s' "$name" | tr 'A-Z ' 'a-z.' | tr -cd 'a-z.')@example.org
    call PUT "$SKILLS/people/$id" "$HR" \
        "$(jq -nc --arg n "$name" --arg e "$email" --arg t "$team" '{displayName:$n,email:$e,teamId:$t,status:"ACTIVE"}')" \
        >/dev/null
}

seed_people() {
    local row
    for row in "${PEOPLE[@]}"; do register "$row"; done
}

register_newcomer() {
    register "$NEWCOMER"
    made+=("$((${#PEOPLE[@]} + 1)) people in 5 teams (service-desk, noc, field-support, major-incident, people-operations)")
}

# ---------------------------------------------------------------- evidence, role profiles, goals

# The hundreds of evidence calls are most of a run: the body is written by printf, not jq, and the date by
# printf's clock, so each piece costs one process (curl) besides its key's hash. Notes hold no quotes.
evidence() {
    local person=$1 skill=$2 level=$3 source=$4 days_ago=$5 note=$6 bearer=$7 at
    printf -v at '%(%Y-%m-%d)T' $((NOW - days_ago * 86400))
    call POST "$SKILLS/people/$person/evidence" "$bearer" "$(printf \
        '{"skill":"%s","level":%d,"source":"%s","observedAt":"%sT10:00:00Z","note":"%s"}' \
        "$skill" "$level" "$source" "$at" "$note")" >/dev/null
}

EVIDENCE_TEAMS=(service-desk noc field-support major-incident)

# One worker per team, side by side: the services answer several calls at once. Each worker seeds its own random
# sequence, so two fresh runs still make the same evidence.
seed_evidence() {
    local team pids=() count=0 i=0
    for team in "${EVIDENCE_TEAMS[@]}"; do
        i=$((i + 1))
        seed_team_evidence "$team" $((RANDOM + i)) &
        pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i" || fail "seeding evidence failed (see above)."; done
    for team in "${EVIDENCE_TEAMS[@]}"; do count=$((count + $(<"$WORK/evidence.$team"))); done
    made+=("$count pieces of evidence (SELF, MANAGER, PEER) over the last year")
}

seed_team_evidence() {
    local of_team=$1 row id name team skill base level count=0 days
    local notes_self=("Felt more confident than last quarter." "Still unsure on the harder calls." "Practised this on purpose all week.")
    local notes_manager=("Seen on a busy Monday queue." "From a listened call with the user's permission." "Noted in our one-to-one review.")
    local notes_peer=("A colleague's feedback after a shared shift." "Raised by a peer in the team retrospective.")
    RANDOM=$2
    for row in "${PEOPLE[@]}"; do
        IFS='|' read -r id name team <<<"$row"
        [[ $team == "$of_team" ]] || continue
        base=$((2 + RANDOM % 2))
        for skill in ${TEAM_SKILLS[$team]}; do
            days=$((200 + RANDOM % 150))
            level=$((base - 1 + RANDOM % 2))
            evidence "$id" "$skill" "$((level < 1 ? 1 : level))" SELF "$days" "$(pick notes_self)" "$(token employee "$id")"
            days=$((30 + RANDOM % 150))
            level=$((base + RANDOM % 2))
            evidence "$id" "$skill" "$((level > 5 ? 5 : level))" MANAGER "$days" "$(pick notes_manager)" "$(observer_token "$id" "$team")"
            count=$((count + 2))
            if ((RANDOM % 3 == 0)); then
                evidence "$id" "$skill" "$((level > 5 ? 5 : level))" PEER "$((5 + RANDOM % 60))" "$(pick notes_peer)" \
                    "$(observer_token "$id" "$team")"
                count=$((count + 1))
            fi
        done
    done
    printf '%s' "$count" >"$WORK/evidence.$of_team"
}

ROLE_PROFILE_IDS=()
seed_role_profiles() {
    local body id
    local profiles=(
        '{"name":"Service desk analyst","description":"First contact for users by phone and chat: hears the whole problem, keeps people calm and says what happens next.","skills":[{"skill":"active-listening","targetLevel":4,"weight":2},{"skill":"empathy","targetLevel":3},{"skill":"patience","targetLevel":3},{"skill":"clear-spoken-communication","targetLevel":3},{"skill":"expectation-setting","targetLevel":3},{"skill":"de-escalation","targetLevel":3,"weight":1.5}]}'
        '{"name":"NOC engineer","description":"Watches the estate around the clock and acts on alerts in order of impact, writing updates others can act on.","skills":[{"skill":"calm-under-pressure","targetLevel":4,"weight":2},{"skill":"prioritising-by-impact","targetLevel":4,"weight":2},{"skill":"clear-written-communication","targetLevel":3},{"skill":"critical-thinking","targetLevel":4},{"skill":"teamwork","targetLevel":3}]}'
        '{"name":"Field support technician","description":"Fixes things at the user'"'"'s desk, explains in the user'"'"'s terms and follows every visit through.","skills":[{"skill":"service-orientation","targetLevel":4},{"skill":"adapting-explanations","targetLevel":3},{"skill":"time-management","targetLevel":3},{"skill":"ownership-and-follow-through","targetLevel":4,"weight":2},{"skill":"relationship-building","targetLevel":3}]}'
        '{"name":"Major incident manager","description":"Runs the bridge when a service is down: decides within policy, keeps stakeholders informed and the team steady.","skills":[{"skill":"calm-under-pressure","targetLevel":5,"weight":2},{"skill":"leadership","targetLevel":4,"weight":2},{"skill":"clear-spoken-communication","targetLevel":4},{"skill":"decision-making-within-policy","targetLevel":4},{"skill":"expectation-setting","targetLevel":4}]}'
    )
    for body in "${profiles[@]}"; do
        id=$(call POST "$SKILLS/role-profiles" "$HR" "$body" | jq -r .id)
        ROLE_PROFILE_IDS+=("$id")
    done
    made+=("${#profiles[@]} role profiles")
}

seed_goals() {
    local person skill current target goal achieved=0 count=0 team
    local goal_people=(e-004 e-005 e-007 e-009 e-016 e-018 e-024 e-026 e-033 e-035 e-011 e-028)
    for person in "${goal_people[@]}"; do
        team=${TEAM_OF[$person]}
        read -r -a skills <<<"${TEAM_SKILLS[$team]}"
        skill=${skills[RANDOM % ${#skills[@]}]}
        current=$(call GET "$SKILLS/people/$person/profile" "$HR" |
            jq --arg s "$skill" '[.skills[]? | select(.code == $s or .skill == $s) | .level] | first // 0 | floor')
        target=$((current + 1 > 5 ? 5 : current + 1))
        ((target > current)) || continue
        goal=$(call POST "$SKILLS/people/$person/goals" "$(manager_token "$team")" "$(jq -nc --arg s "$skill" \
            --argjson t "$target" --arg d "$(day '+4 months')" \
            '{skill:$s,targetLevel:$t,dueDate:$d,why:"Agreed in the quarterly development talk."}')" | jq -r .id)
        count=$((count + 1))
        # A third of the goals are met since: the evidence that meets them is what marks them ACHIEVED.
        if ((count % 3 == 0)); then
            evidence "$person" "$skill" 5 MANAGER 2 "Met the goal on a hard week." "$(manager_token "$team")"
            evidence "$person" "$skill" 5 PEER 1 "Confirmed by the team lead on shift." "$(manager_token "$team")"
            achieved=$((achieved + 1))
        fi
    done
    made+=("$count goals, of which about $achieved met by later evidence")
}

# ---------------------------------------------------------------- coaching

declare -A COACH_ID=()
seed_coaches() {
    local row id name skills capacity zone hours
    # Victor coaches the major incident bridge, which runs around the clock: his hours cover every day.
    local every_day='[{"day":"MONDAY","from":"00:00","to":"24:00"},{"day":"TUESDAY","from":"00:00","to":"24:00"},
        {"day":"WEDNESDAY","from":"00:00","to":"24:00"},{"day":"THURSDAY","from":"00:00","to":"24:00"},
        {"day":"FRIDAY","from":"00:00","to":"24:00"},{"day":"SATURDAY","from":"00:00","to":"24:00"},
        {"day":"SUNDAY","from":"00:00","to":"24:00"}]'
    local weekdays='[{"day":"MONDAY","from":"08:00","to":"18:00"},{"day":"TUESDAY","from":"08:00","to":"18:00"},
        {"day":"WEDNESDAY","from":"08:00","to":"18:00"},{"day":"THURSDAY","from":"08:00","to":"18:00"},
        {"day":"FRIDAY","from":"08:00","to":"16:00"}]'
    local coaches=(
        "e-003|Carl Hoff|de-escalation,empathy,calm-under-pressure,active-listening,expectation-setting|6|UTC|weekdays"
        "e-020|Freya Nilsen|clear-written-communication,critical-thinking,prioritising-by-impact,teamwork|4|UTC|weekdays"
        "e-032|Victor Almeida|leadership,coaching-others,giving-and-receiving-feedback,calm-under-pressure|5|UTC|every_day"
    )
    for row in "${coaches[@]}"; do
        IFS='|' read -r id name skills capacity zone hours <<<"$row"
        if [[ $hours == every_day ]]; then hours=$every_day; else hours=$weekdays; fi
        COACH_ID[$id]=$(call POST "$COACHING/coaches" "$HR" "$(jq -nc --arg e "$id" --arg n "$name" --arg s "$skills" \
            --argjson c "$capacity" --arg z "$zone" --argjson h "$hours" \
            '{employeeId:$e,displayName:$n,skills:($s|split(",")),capacity:$c,timeZone:$z,workingHours:$h}')" | jq -r .id)
    done
    made+=("${#coaches[@]} coaches")
}

# A weekday N weeks ago or ahead (negative: ago), at HH:MM UTC, as an instant.
weekday_at() {
    local monday
    monday=$(date -u -d "monday $1 weeks" +%F)
    date -u -d "$monday +$2 days $3" +%Y-%m-%dT%H:%M:%SZ
}

# session KIND COACH COACHEES_CSV START END SKILLS_CSV TOKEN [EXTRA_JSON]: the new session's id.
session() {
    local body
    body=$(jq -nc --arg k "$1" --arg c "${COACH_ID[$2]}" --arg who "$3" --arg s "$4" --arg e "$5" --arg sk "$6" \
        --arg p "$PROGRAMME" --argjson extra "${8:-{\}}" \
        '{kind:$k,coachId:$c,coacheeIds:($who|split(",")),start:$s,end:$e,timeZone:"Europe/London",
          skills:($sk|split(",")),location:"Coaching room 2",programmeId:$p} + $extra')
    call POST "$COACHING/coaching-sessions" "$7" "$body" | jq -r .id
}

# completed LEVEL OBSERVED COACHEES_CSV SKILLS_CSV: a completion for each coachee in each skill.
completed() {
    jq -nc --argjson l "$1" --arg o "$2" --arg who "$3" --arg sk "$4" \
        '{status:"COMPLETED",completion:{observations:[($who|split(","))[] as $p | ($sk|split(","))[] as $s |
          {employeeId:$p,skill:$s,level:$l,observed:$o}],privateNotes:"Follow up on the escalation wording."}}'
}

PROGRAMME=""
seed_programme() {
    local person enrolment
    PROGRAMME=$(call POST "$COACHING/programmes" "$HR" "$(jq -nc --arg s "$(day '-10 weeks')" --arg e "$(day '+6 weeks')" \
        --arg c "${COACH_ID[e-003]}" --arg f "${COACH_ID[e-020]}" --arg r "${ROLE_PROFILE_IDS[0]}" \
        '{name:"Service desk soft skills, spring",description:"Sixteen weeks of role play and call review for first-line agents.",
          startsOn:$s,endsOn:$e,curriculum:["active-listening","empathy","de-escalation","expectation-setting"],
          sessionsPerParticipant:6,coachIds:[$c,$f],roleProfileId:$r}')" | jq -r .id)
    for person in e-004 e-005 e-006 e-007 e-008 e-011; do
        enrolment=$(call POST "$COACHING/programmes/$PROGRAMME/enrolments" "$HR" \
            "$(jq -nc --arg e "$person" --arg c "${COACH_ID[e-003]}" '{employeeId:$e,coachId:$c}')" | jq -r .id)
        # One invitation is still open; the others were accepted by the employee.
        [[ $person == e-011 ]] || act "$COACHING/enrolments/$enrolment" accept "$(token employee "$person")" >/dev/null
    done
    made+=("a programme (Service desk soft skills, spring) with 6 enrolments, one still INVITED")
}

seed_sessions() {
    local carl=e-003 id count=0 role_play
    # "The angry caller on the third outage this week", one of the scenarios coaching-service ships.
    local scenario=5ce0a000-0000-4000-8000-000000000001
    # Done and recorded afterwards: the observations become COACHING_SESSION evidence in skills-service.
    session ONE_TO_ONE "$carl" e-004 "$(weekday_at -6 1 10:00)" "$(weekday_at -6 1 11:00)" empathy,de-escalation "$(token coach e-003)" \
        "$(completed 3 'Named the frustration first, then explained the outage in two sentences.' e-004 empathy,de-escalation)" >/dev/null
    role_play=$(completed 4 'Kept a level voice through the third interruption and offered a callback time.' e-005 \
        de-escalation,calm-under-pressure | jq -c --arg sc "$scenario" '. + {scenarioId:$sc}')
    session ROLE_PLAY "$carl" e-005 "$(weekday_at -3 2 14:00)" "$(weekday_at -3 2 15:00)" de-escalation,calm-under-pressure \
        "$(token coach e-003)" "$role_play" >/dev/null
    session GROUP "$carl" e-006,e-007,e-008 "$(weekday_at -2 3 13:00)" "$(weekday_at -2 3 14:30)" active-listening \
        "$(token coach e-003)" "$(jq -nc '{status:"COMPLETED",completion:{
            attendance:[{employeeId:"e-006",attended:true},{employeeId:"e-007",attended:true},{employeeId:"e-008",attended:false}],
            observations:[{employeeId:"e-006",skill:"active-listening",level:3,observed:"Summarised the recorded caller before suggesting a fix."},
                          {employeeId:"e-007",skill:"active-listening",level:2,observed:"Jumped to a reset twice before hearing the whole story."}]}}')" >/dev/null
    count=$((count + 3))
    # Ahead: one-to-ones, one of which gets cancelled and one rescheduled.
    session ONE_TO_ONE "$carl" e-004 "$(weekday_at 1 1 10:00)" "$(weekday_at 1 1 11:00)" expectation-setting "$(token coach e-003)" >/dev/null
    id=$(session CALL_REVIEW "$carl" e-005 "$(weekday_at 1 2 10:00)" "$(weekday_at 1 2 11:00)" active-listening "$(token coach e-003)")
    act "$COACHING/coaching-sessions/$id" cancel "$(token coach e-003)" '{"reason":"Priya is on the incident bridge that morning."}' >/dev/null
    id=$(session ONE_TO_ONE "$carl" e-006 "$(weekday_at 1 3 15:00)" "$(weekday_at 1 3 16:00)" empathy "$(token coach e-003)")
    act "$COACHING/coaching-sessions/$id" reschedule "$(token coach e-003)" "$(jq -nc --arg s "$(weekday_at 2 3 15:00)" \
        --arg e "$(weekday_at 2 3 16:00)" '{start:$s,end:$e,timeZone:"Europe/London"}')" >/dev/null
    # Anna, service desk manager, books Freya for one of her team: managers schedule for the teams they manage.
    session ONE_TO_ONE e-020 e-009 "$(weekday_at 1 4 10:00)" "$(weekday_at 1 4 11:00)" clear-written-communication \
        "$(manager_token service-desk)" '{"programmeId":null}' >/dev/null
    count=$((count + 4))
    # Emma asks Carl for a session herself: REQUESTED until he confirms or declines it.
    call POST "$COACHING/coaching-sessions" "$(token employee e-004)" "$(jq -nc --arg c "${COACH_ID[e-003]}" \
        --arg s "$(weekday_at 2 4 11:00)" --arg e "$(weekday_at 2 4 12:00)" --arg p "$PROGRAMME" \
        '{kind:"ONE_TO_ONE",coachId:$c,coacheeIds:["e-004"],start:$s,end:$e,timeZone:"Europe/London",
          skills:["expectation-setting"],meetingLink:"https://meet.example.org/emma-carl",programmeId:$p,
          agenda:"Saying no to a VIP without losing them."}')" >/dev/null
    count=$((count + 2))
    made+=("$count coaching sessions: completed (one-to-one, role play, group), scheduled (one by a manager), cancelled, rescheduled, requested, no-show")
}

# Victor's bridge coaching: a session that starts in a few seconds, which nobody attends. Booked before the
# evidence and marked at the end of the run, once its start has passed, so the demo does not wait for it.
book_no_show() {
    NO_SHOW_SESSION=$(call POST "$COACHING/coaching-sessions" "$(token coach e-032)" "$(jq -nc --arg c "${COACH_ID[e-032]}" \
        --arg s "$(date -u -d '+15 seconds' +%Y-%m-%dT%H:%M:%SZ)" --arg e "$(date -u -d '+50 minutes' +%Y-%m-%dT%H:%M:%SZ)" \
        '{kind:"ONE_TO_ONE",coachId:$c,coacheeIds:["e-034"],start:$s,end:$e,timeZone:"UTC",skills:["leadership"],
          location:"Bridge room"}')" | jq -r .id)
}

mark_no_show() {
    local start wait
    start=$(call GET "$COACHING/coaching-sessions/$NO_SHOW_SESSION" "$HR" | jq -r .start)
    wait=$(($(date -u -d "$start" +%s) - $(date -u +%s) + 1))
    ((wait <= 0)) || sleep "$wait"
    act "$COACHING/coaching-sessions/$NO_SHOW_SESSION" no-show "$(token coach e-032)" >/dev/null
}

# ---------------------------------------------------------------- secondment

seed_opportunities() {
    local noc mi
    noc=$(call POST "$SECONDMENT/opportunities" "$(manager_token noc)" "$(jq -nc --arg s "$(day '-2 months')" \
        --arg e "$(day '+4 months')" '{hostTeamId:"noc",title:"Two days a week on the NOC floor",
        description:"Learn how alerts become incidents and how the NOC writes updates that the service desk can pass on.",
        kind:"CROSS_TRAINING",skills:["prioritising-by-impact","clear-written-communication"],openings:3,
        timeCommitmentPercent:40,startsOn:$s,endsOn:$e}')" | jq -r .id)
    act "$SECONDMENT/opportunities/$noc" open "$(manager_token noc)" >/dev/null
    mi=$(call POST "$SECONDMENT/opportunities" "$(manager_token major-incident)" "$(jq -nc --arg s "$(day '+1 month')" \
        --arg e "$(day '+5 months')" '{hostTeamId:"major-incident",title:"Secondment to the major incident bridge",
        description:"Join the bridge rota as deputy incident manager and run the stakeholder updates.",
        kind:"SECONDMENT",skills:["calm-under-pressure","decision-making-within-policy"],openings:1,
        timeCommitmentPercent:100,startsOn:$s,endsOn:$e}')" | jq -r .id)
    act "$SECONDMENT/opportunities/$mi" open "$(manager_token major-incident)" >/dev/null
    OPPORTUNITY_NOC=$noc
    OPPORTUNITY_MI=$mi
    made+=("2 open opportunities (NOC cross-training, major incident secondment)")
}

# propose EMPLOYEE HOST_TEAM FROM TO PERCENT SKILLS_CSV PROPOSER_TOKEN [OPPORTUNITY]: the new placement's id.
propose() {
    local body
    body=$(jq -nc --arg e "$1" --arg h "$2" --arg f "$3" --arg t "$4" --argjson p "$5" --arg s "$6" --arg o "${8:-}" \
        '{employeeId:$e,hostTeamId:$h,kind:"CROSS_TRAINING",startsOn:$f,endsOn:$t,allocationPercent:$p,
          skills:($s|split(",")),notes:"Seeded by ./suite demo."} + (if $o == "" then {} else {opportunityId:$o} end)')
    call POST "$SECONDMENT/placements" "$7" "$body" | jq -r .id
}

# Consent by the employee and approval by both managers, in the order given: home host, or host home.
agree() {
    local placement=$1 employee=$2 home=$3 host=$4 order=${5:-home-first}
    act "$SECONDMENT/placements/$placement" consent "$(token employee "$employee")" >/dev/null
    if [[ $order == home-first ]]; then
        act "$SECONDMENT/placements/$placement" approve "$(manager_token "$home")" >/dev/null
        act "$SECONDMENT/placements/$placement" approve "$(manager_token "$host")" >/dev/null
    else
        act "$SECONDMENT/placements/$placement" approve "$(manager_token "$host")" >/dev/null
        act "$SECONDMENT/placements/$placement" approve "$(manager_token "$home")" >/dev/null
    fi
}

seed_placements() {
    local id
    # Applied through the NOC opportunity, waiting for both managers.
    propose e-005 noc "$(day '+2 weeks')" "$(day '+10 weeks')" 40 prioritising-by-impact,clear-written-communication \
        "$(token employee e-005)" "$OPPORTUNITY_NOC" >/dev/null
    # Half approved: the home manager agreed, the host has not yet.
    id=$(propose e-007 noc "$(day '+3 weeks')" "$(day '+9 weeks')" 40 prioritising-by-impact "$(manager_token service-desk)" \
        "$OPPORTUNITY_NOC")
    act "$SECONDMENT/placements/$id" consent "$(token employee e-007)" >/dev/null
    act "$SECONDMENT/placements/$id" approve "$(manager_token service-desk)" >/dev/null
    # Approved, starting in a fortnight; approved host first.
    id=$(propose e-009 noc "$(day '+2 weeks')" "$(day '+12 weeks')" 40 clear-written-communication \
        "$(manager_token service-desk)" "$OPPORTUNITY_NOC")
    agree "$id" e-009 service-desk noc host-first
    # Active: began three weeks ago, two days a week.
    id=$(propose e-010 noc "$(day '-3 weeks')" "$(day '+5 weeks')" 40 prioritising-by-impact "$(manager_token service-desk)" \
        "$OPPORTUNITY_NOC")
    agree "$id" e-010 service-desk noc
    # Completed with the host's review, which reaches skills-service as PLACEMENT evidence.
    id=$(propose e-016 major-incident "$(day '-4 months')" "$(day '-2 months')" 100 calm-under-pressure,decision-making-within-policy \
        "$(manager_token noc)")
    agree "$id" e-016 noc major-incident
    act "$SECONDMENT/placements/$id" complete "$(manager_token major-incident)" '{"reviews":[
        {"skill":"calm-under-pressure","level":4,"observed":"Kept the bridge steady through a four-hour storage outage."},
        {"skill":"decision-making-within-policy","level":3,"observed":"Chose the approved rollback over a quick fix and said why."}]}' >/dev/null
    # Rejected by the host manager, with the reason.
    id=$(propose e-024 noc "$(day '+1 month')" "$(day '+2 months')" 20 teamwork "$(manager_token field-support)")
    act "$SECONDMENT/placements/$id" reject "$(manager_token noc)" \
        '{"reason":"The NOC is short-staffed until the migration is over; ask again in the spring."}' >/dev/null
    # Cancelled by the employee's manager before anyone approved it.
    id=$(propose e-033 field-support "$(day '+6 weeks')" "$(day '+8 weeks')" 50 service-orientation \
        "$(manager_token major-incident)")
    act "$SECONDMENT/placements/$id" cancel "$(manager_token major-incident)" >/dev/null
    made+=("7 placements: proposed, half approved, approved, active, completed with a review, rejected, cancelled")
}

# ---------------------------------------------------------------- summary

demo_is_there() {
    [[ $(status_of "$SKILLS/people/e-040" "$HR") == 200 ]]
}

print_tries() {
    cat <<EOF

Try it (tokens are signed with this machine's local key and live 8 hours):
  HR=\$(./suite token --role hr-admin --sub e-001)
  MANAGER=\$(./suite token --role manager --sub e-002 --manages service-desk)
  COACH=\$(./suite token --role coach --sub e-003)
  EMPLOYEE=\$(./suite token --role employee --sub e-004)

  curl -s -H "Authorization: Bearer \$EMPLOYEE" $SKILLS/people/e-004/profile | jq
  curl -s -H "Authorization: Bearer \$MANAGER" -H 'Accept: image/svg+xml' \\
       "$SKILLS/teams/service-desk/matrix?roleProfile=\$(curl -s -H "Authorization: Bearer \$HR" $SKILLS/role-profiles | jq -r '.items[0].id')" > matrix.svg
  curl -s -H "Authorization: Bearer \$MANAGER" "$SKILLS/teams/service-desk/goals" | jq
  curl -s -H "Authorization: Bearer \$COACH" "$COACHING/coaching-sessions?coach=e-003" | jq
  curl -s -H "Authorization: Bearer \$MANAGER" "$COACHING/coaching-sessions" | jq
  curl -s -H "Authorization: Bearer \$HR" "$SECONDMENT/placements?status=PROPOSED" | jq
  curl -s -H "Authorization: Bearer \$MANAGER" "$SECONDMENT/placements?awaiting=me" | jq
EOF
}

main() {
    command -v jq >/dev/null 2>&1 || fail "the demo needs jq (apt-get install jq)."
    if demo_is_there; then
        say "The demo organisation is already there; nothing changed (./suite demo --reset seeds it afresh)."
        print_tries
        return 0
    fi
    [[ $(status_of "$SKILLS/people/e-001" "$HR") != 200 ]] ||
        fail "a demo run was interrupted earlier and left part of the organisation: run ./suite demo --reset."
    local started=$SECONDS step
    prepare_tokens
    say "Seeding people and coaches..." && seed_people && seed_coaches && book_no_show
    say "Seeding evidence (a few hundred pieces)..." && seed_evidence
    say "Seeding role profiles and goals..." && seed_role_profiles && seed_goals
    say "Seeding a programme and sessions..." && seed_programme && seed_sessions
    say "Seeding opportunities and placements..." && seed_opportunities && seed_placements
    mark_no_show
    register_newcomer
    say ""
    say "Made in $((SECONDS - started)) s:"
    for step in "${made[@]}"; do say "  - $step"; done
    print_tries
}

main "$@"
