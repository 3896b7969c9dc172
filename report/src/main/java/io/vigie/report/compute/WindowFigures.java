package io.vigie.report.compute;

import io.vigie.report.stats.NetShare;
import io.vigie.report.stats.Proportion;

/**
 * Headline figures of one window, or of several windows pooled ({@code windows} > 1: counts are
 * sums, divide by {@code windows} for a per-window mean; proportions are pooled).
 *
 * @param documents     every document in the window, in scope or not
 * @param mentions      documents about the territory (relevant, or not yet classified)
 * @param stories       distinct stories among them (syndicated copies once)
 * @param international foreign outlets among mentions whose outlet country is known
 * @param sentiment     positive minus negative among mentions with a sentiment label
 * @param negative      negative among mentions with a sentiment label
 * @param index         transitions image index: among international mentions with a sentiment label,
 *                      those tied to a transition pillar and not negative
 * @param frameBalance  forefront minus lagging among international mentions framed either way
 * @param unclassified  documents without relevance, or relevant without sentiment
 * @param feedOnly      documents whose text is the feed summary (page extraction failed)
 */
public record WindowFigures(int windows, long documents, long mentions, long stories, Proportion international,
                            NetShare sentiment, Proportion negative, Proportion index, NetShare frameBalance,
                            long unclassified, long feedOnly) {

    public double perWindow(long count) {
        return windows == 0 ? Double.NaN : (double) count / windows;
    }

    public WindowFigures plus(WindowFigures o) {
        return new WindowFigures(windows + o.windows, documents + o.documents, mentions + o.mentions,
                stories + o.stories,
                Proportion.of(international.k() + o.international.k(), international.n() + o.international.n()),
                new NetShare(sentiment.plus() + o.sentiment.plus(), sentiment.minus() + o.sentiment.minus(),
                        sentiment.n() + o.sentiment.n()),
                Proportion.of(negative.k() + o.negative.k(), negative.n() + o.negative.n()),
                Proportion.of(index.k() + o.index.k(), index.n() + o.index.n()),
                new NetShare(frameBalance.plus() + o.frameBalance.plus(), frameBalance.minus() + o.frameBalance.minus(),
                        frameBalance.n() + o.frameBalance.n()),
                unclassified + o.unclassified, feedOnly + o.feedOnly);
    }
}
