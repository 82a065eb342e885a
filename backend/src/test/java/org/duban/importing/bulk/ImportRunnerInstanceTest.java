package org.duban.importing.bulk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A starting instance fails only the import jobs whose process is gone, not those of another instance on its host. */
class ImportRunnerInstanceTest {

    @Test
    void anotherLiveInstanceOnTheSameHostKeepsItsJobs() throws Exception {
        String self = ImportRunner.instanceName();
        Process sibling = new ProcessBuilder("sleep", "30").start();
        try {
            assertFalse(ImportRunner.processGone("localhost/" + sibling.pid() + "/abc", self));
        } finally {
            sibling.destroyForcibly().waitFor();
        }
        assertTrue(ImportRunner.processGone("localhost/" + sibling.pid() + "/abc", self), "a stopped instance's jobs are failed");
    }

    @Test
    void anEarlierRunUnderTheSamePidIsGone() {
        String self = ImportRunner.instanceName();
        String pid = self.split("/")[1];
        // a restarted container: same host name, same pid, another start
        assertTrue(ImportRunner.processGone("localhost/" + pid + "/earlier", self));
        // rows written before the start time was part of the name
        assertTrue(ImportRunner.processGone("localhost/" + pid, self));
        assertTrue(ImportRunner.processGone("localhost", self));
    }
}
