package io.supportcoach.coaching.coach;

import java.time.DayOfWeek;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One span of a coach's working week, in the coach's time zone. */
@Schema(name = "WorkingHours")
public record WorkingHours(
        @NotNull @Schema(examples = "MONDAY") DayOfWeek day,
        @NotNull @Size(max = 5) @Pattern(regexp = FROM_PATTERN, message = "must be a time of day as HH:MM, 00:00 to 23:59")
        @Schema(description = "Start, HH:MM.", examples = "09:00") String from,
        @NotNull @Size(max = 5) @Pattern(regexp = TO_PATTERN, message = "must be a time of day as HH:MM, 00:01 to 24:00")
        @Schema(description = "End, HH:MM, after `from`; 24:00 is the end of the day.", examples = "17:00") String to) {

    static final String FROM_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String TO_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    /** As the coach row stores it: {@code MONDAY 09:00-17:00}. */
    String stored() {
        return day + " " + from + "-" + to;
    }

    static WorkingHours parse(String stored) {
        int space = stored.indexOf(' ');
        int dash = stored.indexOf('-', space);
        return new WorkingHours(DayOfWeek.valueOf(stored.substring(0, space)), stored.substring(space + 1, dash),
                stored.substring(dash + 1));
    }

    int fromMinute() {
        return minutes(from);
    }

    int toMinute() {
        return minutes(to);
    }

    private static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    @Override
    public String toString() {
        return stored();
    }
}
