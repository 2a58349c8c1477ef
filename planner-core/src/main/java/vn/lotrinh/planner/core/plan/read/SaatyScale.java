package vn.lotrinh.planner.core.plan.read;

/** The judgements of Saaty's fundamental scale, 1 to 9 and their reciprocals 1/2 to 1/9, as a planner writes them. */
final class SaatyScale {

    private static final int MAX = 9;

    private SaatyScale() {
    }

    /** The judgement nearest to a ratio, nearest by the ratio between them: {@code 3}, {@code 1/4}, {@code 1}. */
    static String nearest(double ratio) {
        int best = 1;
        double bestDistance = Double.MAX_VALUE;
        for (int judgement = -MAX; judgement <= MAX; judgement++) {
            if (judgement == 0 || judgement == -1) {
                continue;
            }
            double distance = Math.abs(Math.log(ratio) - Math.log(valueOf(judgement)));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = judgement;
            }
        }
        return best > 0 ? Integer.toString(best) : "1/" + -best;
    }

    /** A positive judgement is itself, a negative one {@code −k} the reciprocal {@code 1/k}. */
    private static double valueOf(int judgement) {
        return judgement > 0 ? judgement : -1.0 / judgement;
    }
}
