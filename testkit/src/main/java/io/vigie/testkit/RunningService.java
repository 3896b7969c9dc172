package io.vigie.testkit;

/** A service endpoint plus how to stop whatever was started for it (nothing, for external endpoints). */
record RunningService(String endpoint, InfraMode mode, AutoCloseable stopper) {

    static RunningService external(String endpoint) {
        return new RunningService(endpoint, InfraMode.EXTERNAL, () -> { });
    }
}
