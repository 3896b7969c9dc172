/**
 * Measuring main-text extraction on the dev corpora in {@code ../shared/data/extraction-dev}.
 *
 * <ul>
 *   <li>{@link io.vigie.ingest.extract.eval.ExtractionEval}: shingle P/R/F1 on wcxb-articles (the
 *       project's benchmark method: {@code \w+} tokens, 4-token shingle multisets, per-page P and R
 *       averaged, F1 of the means), snippet P/R/F1 on trafilatura-eval, title / date agreement, and
 *       the worst pages.</li>
 *   <li>{@link io.vigie.ingest.extract.eval.DevSplit}: wcxb pages are split once and for all by
 *       SHA-256 of the file name ({@code NNNN.html}): first hash byte mod 10 in 7..9 is HELD_OUT
 *       (130 of 400 pages), the rest TUNE (270). Rules were tuned looking at TUNE pages and the
 *       trafilatura snippets only; HELD_OUT is reported separately as the honest figure.</li>
 *   <li>{@link io.vigie.ingest.extract.eval.ExtractorComparison}: the same shingle scores for Vigie,
 *       the all-visible-text baseline and other extractors' outputs (Readability.js through
 *       {@code ingest/src/eval/references/compare}), because published figures come from other page
 *       sets and only rows on the same pages compare.</li>
 *   <li>{@link io.vigie.ingest.extract.eval.ExtractionBenchmark}: single-thread pages/s and the cost
 *       relative to decoding + Jsoup parsing.</li>
 * </ul>
 */
package io.vigie.ingest.extract.eval;
