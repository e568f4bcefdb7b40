package io.supportcoach.secondment.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import io.supportcoach.secondment.plan.HeldPlacement;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A team's placements as an iCalendar feed (RFC 5545): one all-day event per placement and direction, AWAY for the
 * team's people elsewhere, HOSTED for people of other teams here. Events are transparent, so subscribing to the feed
 * never marks anyone busy, and each keeps its UID across edits, with the placement's version as SEQUENCE, so a
 * calendar app updates an event rather than adding a second one.
 */
final class TeamCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    static final String AWAY = "AWAY";
    static final String HOSTED = "HOSTED";

    private TeamCalendar() {
    }

    static String write(String teamId, List<HeldPlacement> placements) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//supportcoach//secondment-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Placements of " + teamId));
        // Calendar apps that honour it poll hourly rather than at their own, often daily, pace.
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (HeldPlacement placement : placements) {
            if (placement.takesAwayFrom(teamId)) {
                calendar.add(event(placement, AWAY, placement.employeeId() + " away at " + placement.hostTeamId()));
            }
            if (placement.isHostedBy(teamId)) {
                calendar.add(event(placement, HOSTED,
                        placement.employeeId() + " hosted from " + placement.homeTeamId()));
            }
        }
        var text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static VEvent event(HeldPlacement placement, String direction, String who) {
        // DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
        VEvent event = new VEvent(placement.startsOn(), placement.endsOn().plusDays(1),
                who + ", " + placement.allocationPercent() + "%");
        event.add(new Uid(placement.id() + "-" + direction.toLowerCase(Locale.ROOT)
                + "@secondment-service"));
        event.replace(new DtStamp(placement.updatedAt()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, placement.version())));
        event.add(new Categories(direction));
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Description(direction + ": " + who + ", " + placement.allocationPercent()
                + "% of the time from " + placement.startsOn() + " to " + placement.endsOn() + " ("
                + placement.kind() + ", " + placement.status() + "; placement " + placement.id() + ")."));
        return event;
    }
}
