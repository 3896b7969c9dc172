package io.vigie.ingest.feed;

import java.util.List;
import java.util.Map;

/**
 * Outcome of {@link FeedCorpusEval}.
 *
 * @param files        documents tried
 * @param strict       parsed without any repair
 * @param recovered    parsed after repairs
 * @param failed       failures by {@link FeedFailure} label
 * @param crashes      unexpected exceptions (bugs): must be 0
 * @param timeouts     documents that did not finish in time (hangs): must be 0
 * @param entries      entries found in all parsed documents
 * @param formats      parsed documents by format
 * @param repairs      recovered documents by kind of repair (first word(s) of each repair note)
 * @param examples     a few failing or crashing files with their reason
 */
public record FeedCorpusReport(int files, int strict, int recovered, Map<String, Integer> failed, int crashes,
                               int timeouts, long entries, Map<String, Integer> formats, Map<String, Integer> repairs,
                               List<String> examples) {

    public int failedTotal() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("feed corpus: ").append(files).append(" documents\n");
        sb.append(String.format("  parsed strictly : %5d%n", strict));
        sb.append(String.format("  recovered       : %5d%n", recovered));
        sb.append(String.format("  failed          : %5d  %s%n", failedTotal(), failed));
        sb.append(String.format("  crashes         : %5d%n", crashes));
        sb.append(String.format("  timeouts        : %5d%n", timeouts));
        sb.append(String.format("  entries found   : %5d%n", entries));
        sb.append("  formats         : ").append(formats).append('\n');
        sb.append("  repairs         : ").append(repairs).append('\n');
        if (!examples.isEmpty()) {
            sb.append("  examples:\n");
            examples.forEach(e -> sb.append("    ").append(e).append('\n'));
        }
        return sb.toString();
    }
}
