package fi.kanta.picks;

import java.util.Arrays;

/** A growing array of ints: ten million order lines as boxed Integers would be ten times the memory. */
final class Ints {

    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
