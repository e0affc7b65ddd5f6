package io.pathfinder.assessment.insight.service;

import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.problems.ProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A window of whole ISO weeks, Monday 00:00 UTC to Monday 00:00 UTC: what is asked for, widened. Whole weeks
 * are the cells of the k-anonymous counts, so that two windows can only differ by whole cells.
 */
public record Window(LocalDate fromMonday, LocalDate toMonday) {

    static final int DEFAULT_WEEKS = 52;
    static final int MAX_WEEKS = 104;

    /**
     * @param from start, or null for {@value #DEFAULT_WEEKS} weeks before the end
     * @param to   end (exclusive), or null for now
     * @throws ProblemException 400 when the window ends before it starts or spans more than {@value #MAX_WEEKS} weeks
     */
    public static Window ofWeeks(OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        OffsetDateTime end = to == null ? now : to;
        OffsetDateTime start = from == null ? end.minusWeeks(DEFAULT_WEEKS) : from;
        if (!start.isBefore(end)) {
            throw ProblemException.invalid(List.of(new FieldError("from", "must be before to")));
        }
        LocalDate fromMonday = monday(start);
        LocalDate lastMonday = monday(end);
        // An end at a Monday's midnight is its own bound; any later instant takes its whole week.
        LocalDate toMonday = end.withOffsetSameInstant(ZoneOffset.UTC).equals(lastMonday.atStartOfDay().atOffset(ZoneOffset.UTC))
                ? lastMonday : lastMonday.plusWeeks(1);
        if (ChronoUnit.WEEKS.between(fromMonday, toMonday) > MAX_WEEKS) {
            throw ProblemException.invalid(List.of(new FieldError("from", "the window spans more than "
                    + MAX_WEEKS + " weeks")));
        }
        return new Window(fromMonday, toMonday);
    }

    /** The Monday of the instant's week, in UTC. */
    public static LocalDate monday(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public OffsetDateTime from() {
        return fromMonday.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    public OffsetDateTime to() {
        return toMonday.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
