package io.vigie.dashboards.kibana;

/** What {@link DashboardsImporter#importAll} did, for the CLI to print. */
public record ImportSummary(String target, String kibanaVersion, int objectsSent, int objectsImported) {
    @Override
    public String toString() {
        return "imported " + objectsImported + "/" + objectsSent + " saved objects into Kibana " + kibanaVersion
                + " at " + target;
    }
}
