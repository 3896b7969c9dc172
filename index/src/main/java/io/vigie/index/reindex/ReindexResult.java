package io.vigie.index.reindex;

import java.time.YearMonth;

/**
 * @param month      the month reindexed
 * @param fromIndex  the generation that was replaced (now deleted)
 * @param toIndex    the new generation, behind the month's write alias and the read alias
 * @param copied     documents copied
 * @param superseded documents not copied because a newer version was written meanwhile
 */
public record ReindexResult(YearMonth month, String fromIndex, String toIndex, long copied, long superseded) {
}
