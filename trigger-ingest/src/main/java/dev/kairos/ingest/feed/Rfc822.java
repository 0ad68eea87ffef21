package dev.kairos.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * RSS dates in their common shape, "Wed, 18 Nov 2026 09:30:00 GMT" or "18 Nov 2026 09:30 +0100", read by hand: a
 * {@code DateTimeFormatter} with optional parts costs more than the rest of an entry. Anything else is left to the
 * lenient parsers ({@code null}).
 */
final class Rfc822 {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Rfc822() {
    }

    static @Nullable Instant parse(String text) {
        String[] parts = WHITESPACE.split(text.strip());
        int i = 0;
        if (parts.length > 0 && parts[0].endsWith(",")) {
            i++;
        }
        if (parts.length - i < 4) {
            return null;
        }
        try {
            int day = Integer.parseInt(parts[i]);
            int month = MONTHS.indexOf(parts[i + 1].length() >= 3 ? parts[i + 1].substring(0, 3).toLowerCase(
                    Locale.ROOT) : "") + 1;
            int year = Integer.parseInt(parts[i + 2]);
            if (month == 0 || parts[i + 2].length() != 4) {
                return null;
            }
            String[] time = parts[i + 3].split(":");
            if (time.length < 2 || time.length > 3) {
                return null;
            }
            int hour = Integer.parseInt(time[0]);
            int minute = Integer.parseInt(time[1]);
            int second = time.length == 3 ? Integer.parseInt(time[2]) : 0;
            ZoneOffset offset = parts.length - i > 4 ? offsetOf(parts[i + 4]) : ZoneOffset.UTC;
            if (offset == null || parts.length - i > 5) {
                return null;
            }
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
        }
        catch (NumberFormatException | DateTimeException ex) {
            return null;
        }
    }

    private static @Nullable ZoneOffset offsetOf(String zone) {
        return switch (zone.toUpperCase(Locale.ROOT)) {
            case "GMT", "UT", "UTC", "Z" -> ZoneOffset.UTC;
            case "EDT" -> ZoneOffset.ofHours(-4);
            case "EST", "CDT" -> ZoneOffset.ofHours(-5);
            case "CST", "MDT" -> ZoneOffset.ofHours(-6);
            case "MST", "PDT" -> ZoneOffset.ofHours(-7);
            case "PST" -> ZoneOffset.ofHours(-8);
            default -> numericOffset(zone);
        };
    }

    private static @Nullable ZoneOffset numericOffset(String zone) {
        if (zone.length() != 5 || zone.charAt(0) != '+' && zone.charAt(0) != '-') {
            return null;
        }
        int hours = Integer.parseInt(zone.substring(1, 3));
        int minutes = Integer.parseInt(zone.substring(3, 5));
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
