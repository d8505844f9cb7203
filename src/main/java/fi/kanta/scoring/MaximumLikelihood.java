package fi.kanta.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * What the two model fits share: a minimisation from each of a few fixed starting points, the best
 * kept, and standard errors from the observed information at the optimum.
 */
final class MaximumLikelihood {

    /** The best point found (on the optimiser's scale), minus the mean log-likelihood there, and SEs. */
    record Outcome(double[] point, double meanNegativeLogLikelihood, double[] standardErrors, boolean converged) {
    }

    private MaximumLikelihood() {
    }

    /**
     * Minimises {@code objective} (minus the mean log-likelihood over {@code weight} customers) from every
     * start, keeps the lowest value (the earliest start on a tie, so the choice is deterministic), and
     * returns the standard errors of the point's coordinates.
     */
    static Outcome fit(Minimizer.Objective objective, List<double[]> starts, double[] lower, double[] upper,
            double weight) {
        Minimizer minimizer = new Minimizer(lower, upper);
        Minimizer.Result best = null;
        for (double[] start : starts) {
            Minimizer.Result result = minimizer.minimize(objective, start);
            if (best == null || result.value() < best.value()) {
                best = result;
            }
        }
        double[] se = standardErrors(objective, best.point(), weight, lower, upper);
        return new Outcome(best.point(), best.value(), se, best.converged());
    }

    /**
     * Square roots of the diagonal of the inverse observed information. The Hessian of the total
     * log-likelihood comes from central differences of the analytic gradient; a coordinate at the edge
     * of its box, or a Hessian that is not negative definite (a flat direction), gives NaN.
     */
    static double[] standardErrors(Minimizer.Objective objective, double[] point, double weight,
            double[] lower, double[] upper) {
        int n = point.length;
        double[][] information = new double[n][n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double h = 1e-4 * Math.max(1, Math.abs(point[j]));
            double[] x = point.clone();
            x[j] = point[j] + h;
            objective.valueAndGradient(x, plus);
            x[j] = point[j] - h;
            objective.valueAndGradient(x, minus);
            for (int i = 0; i < n; i++) {
                // objective = -LL/weight, so the information (-Hessian of LL) is weight · ∂²objective
                information[i][j] = weight * (plus[i] - minus[i]) / (2 * h);
            }
        }
        double[] se = new double[n];
        double[][] inverse = invertSymmetric(information);
        for (int i = 0; i < n; i++) {
            boolean atEdge = point[i] - lower[i] < 1e-3 * (upper[i] - lower[i])
                    || upper[i] - point[i] < 1e-3 * (upper[i] - lower[i]);
            se[i] = inverse == null || atEdge || !(inverse[i][i] > 0) ? Double.NaN : Math.sqrt(inverse[i][i]);
        }
        return se;
    }

    /** The inverse by Cholesky, or null if the matrix is not positive definite. */
    private static double[][] invertSymmetric(double[][] m) {
        int n = m.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = (m[i][j] + m[j][i]) / 2;
            }
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = s[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int col = 0; col < n; col++) {
            double[] e = new double[n];
            e[col] = 1;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) { // L y = e
                double sum = e[i];
                for (int k = 0; k < i; k++) {
                    sum -= l[i][k] * y[k];
                }
                y[i] = sum / l[i][i];
            }
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) { // Lᵀ x = y
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= l[k][i] * x[k];
                }
                x[i] = sum / l[i][i];
            }
            for (int i = 0; i < n; i++) {
                inverse[i][col] = x[i];
            }
        }
        return inverse;
    }

    static double[] logs(double... values) {
        return Arrays.stream(values).map(Math::log).toArray();
    }
}
