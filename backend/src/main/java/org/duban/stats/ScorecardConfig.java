package org.duban.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The scorecard's weights (DUBAN_SCORECARD_WEIGHT_COMPLETION …); see StatsSql.SCORECARD for the formula. */
@ConfigMapping(prefix = "duban.scorecard")
public interface ScorecardConfig {
    Weight weight();

    Penalty penalty();

    interface Weight {
        /** Assignments completed by their due date. */
        @WithDefault("40")
        double completion();

        /** Period reports first submitted by their deadline. */
        @WithDefault("30")
        double reporting();

        /** Metrics meeting their targets. */
        @WithDefault("30")
        double attainment();
    }

    interface Penalty {
        /** Points off per time a report was returned for revision. */
        @WithDefault("2")
        double returned();

        /** Points off per urge notice received. */
        @WithDefault("1")
        double urge();
    }
}
