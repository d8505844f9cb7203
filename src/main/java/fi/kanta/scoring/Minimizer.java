package fi.kanta.scoring;

import java.util.Arrays;

/**
 * Quasi-Newton (BFGS) minimisation of a smooth function with an analytic gradient, inside a box.
 *
 * <p>The models hand it minus the mean log-likelihood over their log-parameters. The box is kept by a
 * smooth change of variable rather than by clipping: each coordinate is {@code c + h·tanh(φ/h)} of a
 * free {@code φ} (c the middle, h the half-width of the box), so the search is unconstrained, the
 * gradient stays continuous, and a parameter the data cannot pin down (BG/NBD's a and b on some data)
 * drifts towards the edge of the box without ever leaving it. Near the middle the map is close to the
 * identity, so the Hessian approximation is not distorted where the optimum usually lies.
 *
 * <p>Everything is sequential and has no randomness, so the same input gives bit-identical output.
 */
final class Minimizer {

    /** A function and its gradient; a non-finite value means "outside the usable region". */
    interface Objective {
        /** Returns f(x) and writes its gradient into {@code gradient}. */
        double valueAndGradient(double[] x, double[] gradient);
    }

    /** Where the search stopped. */
    record Result(double[] point, double value, int iterations, boolean converged) {
    }

    private static final int MAX_ITERATIONS = 500;
    private static final int MAX_HALVINGS = 40;
    private static final double ARMIJO = 1e-4;
    /** Stop when no coordinate of the gradient (per customer) exceeds this. */
    private static final double GRADIENT_TOLERANCE = 1e-9;
    /**
     * ... or when a step would lower the value by less than this (relative), about the rounding error
     * of a sum over a million customers: in the log-parameters that is a distance of ~1e-6, far
     * inside the sampling error.
     */
    private static final double PREDICTED_DECREASE = 1e-13;
    /** ... or when the value stops falling by more than this (relative), several times in a row. */
    private static final double VALUE_TOLERANCE = 1e-15;

    private final double[] lower;
    private final double[] upper;

    Minimizer(double[] lower, double[] upper) {
        this.lower = lower.clone();
        this.upper = upper.clone();
    }

    Result minimize(Objective objective, double[] start) {
        int n = start.length;
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = toFree(i, start[i]);
        }
        double[] x = new double[n];
        double[] gx = new double[n];
        double[] g = new double[n];
        double f = evaluate(objective, phi, x, gx, g);
        if (!Double.isFinite(f)) {
            throw new IllegalArgumentException("objective is not finite at the start " + Arrays.toString(start));
        }
        double[][] h = identity(n);
        double[] d = new double[n];
        double[] trialPhi = new double[n];
        double[] trialX = new double[n];
        double[] trialGx = new double[n];
        double[] trialG = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        boolean firstStep = true;
        int stalls = 0;
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS) {
            if (maxAbs(g) < GRADIENT_TOLERANCE) {
                converged = true;
                break;
            }
            iteration++;
            multiply(h, g, d);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                d[i] = -d[i];
                slope += d[i] * g[i];
            }
            if (!(slope < 0)) { // the curvature estimate went bad: fall back to steepest descent
                h = identity(n);
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                slope = -dot(g, g);
            }
            if (-slope <= PREDICTED_DECREASE * (1 + Math.abs(f))) {
                // A full Newton step would gain less than the rounding error of f: nothing left to find.
                converged = true;
                break;
            }
            double step = 1;
            double trialF = Double.NaN;
            boolean accepted = false;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int i = 0; i < n; i++) {
                    trialPhi[i] = phi[i] + step * d[i];
                }
                trialF = evaluate(objective, trialPhi, trialX, trialGx, trialG);
                if (Double.isFinite(trialF) && trialF <= f + ARMIJO * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) { // no decrease along a descent direction: at the optimum to rounding
                converged = maxAbs(g) < 1e-6;
                break;
            }
            double sy = 0;
            for (int i = 0; i < n; i++) {
                s[i] = trialPhi[i] - phi[i];
                y[i] = trialG[i] - g[i];
                sy += s[i] * y[i];
            }
            double decrease = f - trialF;
            System.arraycopy(trialPhi, 0, phi, 0, n);
            System.arraycopy(trialX, 0, x, 0, n);
            System.arraycopy(trialG, 0, g, 0, n);
            f = trialF;
            if (sy > 1e-300) {
                if (firstStep) { // scale the first guess of the inverse Hessian to the observed curvature
                    double scale = sy / dot(y, y);
                    for (int i = 0; i < n; i++) {
                        h[i][i] = scale;
                    }
                    firstStep = false;
                }
                update(h, s, y, sy);
            }
            stalls = decrease <= VALUE_TOLERANCE * (1 + Math.abs(f)) ? stalls + 1 : 0;
            if (stalls >= 3) {
                converged = true;
                break;
            }
        }
        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = toBox(i, phi[i]);
        }
        return new Result(point, f, iteration, converged);
    }

    /** f at the box point of {@code phi}; the gradient is taken back to φ by the chain rule. */
    private double evaluate(Objective objective, double[] phi, double[] x, double[] gx, double[] g) {
        for (int i = 0; i < phi.length; i++) {
            x[i] = toBox(i, phi[i]);
        }
        double f = objective.valueAndGradient(x, gx);
        for (int i = 0; i < phi.length; i++) {
            double half = (upper[i] - lower[i]) / 2;
            double th = Math.tanh(phi[i] / half);
            g[i] = gx[i] * (1 - th * th);
            if (!Double.isFinite(g[i])) {
                return Double.NaN;
            }
        }
        return f;
    }

    private double toBox(int i, double phi) {
        double half = (upper[i] - lower[i]) / 2;
        double middle = (upper[i] + lower[i]) / 2;
        return middle + half * Math.tanh(phi / half);
    }

    private double toFree(int i, double x) {
        double half = (upper[i] - lower[i]) / 2;
        double middle = (upper[i] + lower[i]) / 2;
        double u = (x - middle) / half;
        u = Math.max(-1 + 1e-12, Math.min(1 - 1e-12, u));
        return half * 0.5 * Math.log((1 + u) / (1 - u)); // atanh
    }

    /** The BFGS update of the inverse Hessian approximation. */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double[] hy = new double[n];
        multiply(h, y, hy);
        double yhy = dot(y, hy);
        double rho = 1 / sy;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 1;
        }
        return h;
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double e : v) {
            max = Math.max(max, Math.abs(e));
        }
        return max;
    }
}
