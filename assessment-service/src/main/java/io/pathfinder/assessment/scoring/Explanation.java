package io.pathfinder.assessment.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects, while one factor is computed, the share of its fit each answer produced, and turns them into
 * reasons whose points add up exactly to the factor's points. Reused factor after factor.
 */
final class Explanation {

    private String[] answers = new String[16];
    private String[] texts = new String[16];
    private double[] shares = new double[16];
    private int count;

    /** Records that the answer at this pointer moved the factor's fit by share. */
    void add(String answer, double share, String text) {
        if (count == shares.length) {
            answers = Arrays.copyOf(answers, count * 2);
            texts = Arrays.copyOf(texts, count * 2);
            shares = Arrays.copyOf(shares, count * 2);
        }
        answers[count] = answer;
        texts[count] = text;
        shares[count] = share;
        count++;
    }

    FactorContribution finish(String factor, double weight, double fit) {
        absorbClamping(fit);
        int factorTenths = Factors.tenths(weight, fit);
        int[] tenths = new int[count];
        int assigned = 0;
        int largest = 0;
        for (int i = 0; i < count; i++) {
            tenths[i] = Factors.tenths(weight, shares[i]);
            assigned += tenths[i];
            if (Math.abs(shares[i]) > Math.abs(shares[largest])) {
                largest = i;
            }
        }
        if (assigned != factorTenths) {
            if (count == 0) {
                throw new IllegalStateException(factor + " has points no answer explains");
            }
            // Rounding each reason may drift from the rounded total; the largest reason absorbs the drift.
            tenths[largest] += factorTenths - assigned;
        }
        List<Reason> reasons = new ArrayList<>(count);
        for (int i : largestEffectFirst(tenths)) {
            reasons.add(new Reason(answers[i], tenths[i] / 10.0, texts[i]));
        }
        count = 0;
        return new FactorContribution(factor, weight, Math.round(fit * 1000) / 1000.0, factorTenths / 10.0, reasons);
    }

    /**
     * Indices of the reasons with points, largest absolute points first; equal ones keep the order the factor
     * recorded them in. An insertion sort suits the few reasons.
     */
    private static int[] largestEffectFirst(int[] tenths) {
        int[] order = new int[tenths.length];
        int size = 0;
        for (int i = 0; i < tenths.length; i++) {
            if (tenths[i] == 0) {
                continue;
            }
            int position = size++;
            while (position > 0 && Math.abs(tenths[i]) > Math.abs(tenths[order[position - 1]])) {
                order[position] = order[position - 1];
                position--;
            }
            order[position] = i;
        }
        return Arrays.copyOf(order, size);
    }

    /**
     * A factor clamped into 0-1 no longer equals the sum of its shares; the shares on the side that overshot
     * are scaled down together so that they again add up to the fit.
     */
    private void absorbClamping(double fit) {
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < count; i++) {
            if (shares[i] > 0) {
                positive += shares[i];
            } else {
                negative -= shares[i];
            }
        }
        double excess = positive - negative - fit;
        if (Math.abs(excess) < 1e-12) {
            return;
        }
        boolean overshot = excess > 0;
        double scale = overshot ? (positive - excess) / positive : (negative + excess) / negative;
        for (int i = 0; i < count; i++) {
            if (overshot == shares[i] > 0) {
                shares[i] *= scale;
            }
        }
    }
}
