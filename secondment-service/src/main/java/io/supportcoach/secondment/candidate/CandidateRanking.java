package io.supportcoach.secondment.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The people of the teams asked for, ranked for an opportunity, best first. */
@Schema(name = "CandidateRanking")
public record CandidateRanking(
        @Schema(examples = "8a1d4c2e-0f3b-4e6a-b5c7-9d2e1f0a3b4c") UUID opportunityId,
        @Schema(description = "How the score is computed.", examples = CandidateScoring.FORMULA) String formula,
        @Schema(description = "Everyone of the teams who has not left, by score (highest first), then employee id.")
        List<Candidate> items) {

    /** One person, their score, its parts and the reasons in words. */
    @Schema(name = "Candidate")
    public record Candidate(
            @Schema(examples = "e-100") String employeeId,
            @Schema(examples = "Dana Okafor") String displayName,
            @Schema(examples = "team-service-desk") String teamId,
            @Schema(description = "0 to 100, one decimal.", examples = "78.5") double score,
            ScoreParts parts,
            @Schema(description = "The person's ACTIVE goals in the opportunity's skills, by skill.")
            List<MatchedGoal> matchedGoals,
            @Schema(description = "The least time the person has free on any day of the opportunity, in percent.",
                    examples = "60") int freePercent,
            @Schema(description = "The first day with that least free time; null when nothing is placed then.",
                    examples = "2027-03-04", nullable = true) LocalDate busiestDay,
            @Schema(examples = "[\"Active goals in 1 of 2 skills: communication.\", "
                    + "\"communication: level 2.0 now, goal 4 (gap 2.0).\", "
                    + "\"At least 60% free on every day from 2027-03-01 to 2027-03-12; the opportunity asks for 40%.\"]")
            List<String> reasons) {
    }

    /** Each part 0 to 1; the score weighs them as the formula says. */
    @Schema(name = "CandidateScoreParts")
    public record ScoreParts(
            @Schema(description = "Share of the opportunity's skills the person has an ACTIVE goal in.",
                    examples = "0.5") double goals,
            @Schema(description = "Mean gap of those goals over 4 levels, capped at 1: how much there is to learn.",
                    examples = "0.5") double gaps,
            @Schema(description = "Free time on the busiest day over the time the opportunity asks, capped at 1.",
                    examples = "1.0") double freeTime) {
    }

    /** An ACTIVE goal in one of the opportunity's skills. */
    @Schema(name = "CandidateGoal")
    public record MatchedGoal(
            @Schema(examples = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID goalId,
            @Schema(examples = "communication") String skill,
            @Schema(examples = "4") int targetLevel,
            @Schema(description = "The current level, or the baseline before evidence counts.", examples = "2.0")
            double currentLevel,
            @Schema(examples = "2.0") double gap) {
    }
}
