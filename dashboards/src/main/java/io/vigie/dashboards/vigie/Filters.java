package io.vigie.dashboards.vigie;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.dashboard.OptionsListControl;

/** The controls analysts expect on every Vigie dashboard (the time picker comes with the dashboard itself). */
final class Filters {
    /** Mentions flagged irrelevant are hidden; mentions not yet scored (no field) stay visible. */
    static final String RELEVANT_ONLY = "not relevant : false";

    private Filters() {
    }

    static Dashboard addStandardControls(Dashboard d) {
        String prefix = d.id() + "-ctl-";
        String dv = VigieDataViews.MENTIONS_ID;
        return d.control(new OptionsListControl(prefix + "lang", dv, "lang", "Language"))
                .control(new OptionsListControl(prefix + "country", dv, "source.country", "Source country"))
                .control(new OptionsListControl(prefix + "tier", dv, "source.tier", "Source tier"))
                .control(new OptionsListControl(prefix + "pillar", dv, "pillars", "Pillar"))
                .control(new OptionsListControl(prefix + "theme", dv, "themes", "Theme"))
                .control(new OptionsListControl(prefix + "place", dv, "places.name", "Place"));
    }
}
