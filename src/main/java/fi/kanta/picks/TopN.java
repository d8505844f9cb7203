package fi.kanta.picks;

import java.util.Arrays;

/**
 * The n highest-scoring items of a stream: a min-heap of n, so choosing 10 of 20,000 candidates costs
 * one comparison for most of them. Ties go to the lower item index (deterministic picks).
 */
final class TopN {

    private final int capacity;
    private final int[] item;
    private final float[] score;
    private int size;

    TopN(int capacity) {
        this.capacity = capacity;
        this.item = new int[capacity];
        this.score = new float[capacity];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void offer(int candidate, float value) {
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            item[size] = candidate;
            score[size] = value;
            up(size++);
        } else if (worse(item[0], score[0], candidate, value)) {
            item[0] = candidate;
            score[0] = value;
            down(0);
        }
    }

    /** Empties the heap into the lists, best first. */
    void drainBestFirst(Ints items, Floats scores) {
        int n = size;
        int[] orderItem = new int[n];
        float[] orderScore = new float[n];
        for (int i = n - 1; i >= 0; i--) {
            orderItem[i] = item[0];
            orderScore[i] = score[0];
            item[0] = item[size - 1];
            score[0] = score[size - 1];
            size--;
            down(0);
        }
        for (int i = 0; i < n; i++) {
            items.add(orderItem[i]);
            scores.add(orderScore[i]);
        }
    }

    /** Empties the heap into an array of items, best first. */
    int[] drainBestFirst() {
        Ints items = new Ints();
        drainBestFirst(items, new Floats());
        int[] array = new int[items.size()];
        Arrays.setAll(array, items::get);
        return array;
    }

    /** Whether (i, a) ranks below (j, b): a lower score, or the same score and a higher index. */
    private static boolean worse(int i, float a, int j, float b) {
        return a < b || (a == b && i > j);
    }

    private void up(int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!worse(item[at], score[at], item[parent], score[parent])) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void down(int at) {
        while (true) {
            int left = 2 * at + 1;
            int right = left + 1;
            int least = at;
            if (left < size && worse(item[left], score[left], item[least], score[least])) {
                least = left;
            }
            if (right < size && worse(item[right], score[right], item[least], score[least])) {
                least = right;
            }
            if (least == at) {
                return;
            }
            swap(at, least);
            at = least;
        }
    }

    private void swap(int i, int j) {
        int t = item[i];
        item[i] = item[j];
        item[j] = t;
        float s = score[i];
        score[i] = score[j];
        score[j] = s;
    }
}
