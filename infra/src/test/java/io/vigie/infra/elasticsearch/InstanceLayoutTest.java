package io.vigie.infra.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InstanceLayoutTest {

    private static final Path RELOCATION = Path.of("/var/tmp/vigie-es");

    @Test
    void currentUserKeepsTheRequestedDirectory() {
        InstanceLayout layout = InstanceLayout.resolve(Path.of("/root/project/.vigie/es"),
                new ProcessIdentity.CurrentUser(), RELOCATION);
        assertThat(layout.relocated()).isFalse();
        assertThat(layout.data()).isEqualTo(Path.of("/root/project/.vigie/es/data"));
    }

    @Test
    void dedicatedUserIsRelocatedDeterministicallyWhenParentIsUnreachable() {
        ProcessIdentity blocked = new FakeDedicated(false);
        InstanceLayout first = InstanceLayout.resolve(Path.of("/root/project/.vigie/es"), blocked, RELOCATION);
        InstanceLayout again = InstanceLayout.resolve(Path.of("/root/project/./.vigie/es"), blocked, RELOCATION);
        InstanceLayout other = InstanceLayout.resolve(Path.of("/root/other/.vigie/es"), blocked, RELOCATION);

        assertThat(first.relocated()).isTrue();
        assertThat(first.root().getParent()).isEqualTo(RELOCATION.resolve("instances"));
        assertThat(first.root()).isEqualTo(again.root());
        assertThat(other.root()).isNotEqualTo(first.root());
    }

    @Test
    void dedicatedUserKeepsReachableDirectory() {
        InstanceLayout layout = InstanceLayout.resolve(Path.of("/tmp/es-data"), new FakeDedicated(true), RELOCATION);
        assertThat(layout.relocated()).isFalse();
    }

    private record FakeDedicated(boolean reachable) implements ProcessIdentity {
        @Override
        public List<String> wrap(List<String> command, Map<String, String> env) {
            return command;
        }

        @Override
        public void handOver(Path dir) {
        }

        @Override
        public boolean canReach(Path dir) {
            return reachable;
        }

        @Override
        public boolean isDedicatedUser() {
            return true;
        }
    }
}
