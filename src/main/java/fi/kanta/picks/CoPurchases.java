package fi.kanta.picks;

/**
 * Item to item: for each product, the products most often bought by the same customers in the window
 * (each customer counting with the recency weights of both purchases), as a similarity
 *
 * <pre>  sim(a, b) = co(a, b) / sqrt(pop(a) · pop(b)) · co(a, b) / (co(a, b) + 2)</pre>
 *
 * where pop is a product's weighted number of buyers: the cosine keeps best sellers from being
 * everyone's neighbour, the last factor keeps a pair that two customers happened to buy from counting
 * as much as one hundreds did. Only each product's {@code k} best neighbours are kept.
 *
 * <p>Computed product by product over the transposed baskets (product → buyers) with one dense scratch
 * row: the work is the sum over customers of their products squared, and the memory the neighbour lists.
 */
final class CoPurchases {

    private static final float SHRINK = 2f;

    final int[] start;      // product a's neighbours are entries start[a] .. start[a + 1] - 1, best first
    final int[] neighbour;
    final float[] similarity;
    final float[] popularity; // pop(a): the weighted number of buyers

    private CoPurchases(int[] start, int[] neighbour, float[] similarity, float[] popularity) {
        this.start = start;
        this.neighbour = neighbour;
        this.similarity = similarity;
        this.popularity = popularity;
    }

    static CoPurchases of(Baskets baskets, int products, int k) {
        // transpose: product → (customer, weight)
        int[] buyersStart = new int[products + 1];
        for (int p : baskets.product) {
            buyersStart[p + 1]++;
        }
        for (int p = 0; p < products; p++) {
            buyersStart[p + 1] += buyersStart[p];
        }
        int[] fill = java.util.Arrays.copyOf(buyersStart, products);
        int[] buyer = new int[baskets.product.length];
        float[] buyerWeight = new float[baskets.product.length];
        float[] popularity = new float[products];
        for (int c = 0; c < baskets.customers(); c++) {
            for (int e = baskets.start[c]; e < baskets.start[c + 1]; e++) {
                int p = baskets.product[e];
                buyer[fill[p]] = c;
                buyerWeight[fill[p]++] = baskets.weight[e];
                popularity[p] += baskets.weight[e];
            }
        }
        float[] co = new float[products];
        int[] touched = new int[products];
        TopN best = new TopN(k);
        int[] start = new int[products + 1];
        Ints neighbours = new Ints();
        Floats similarities = new Floats();
        for (int a = 0; a < products; a++) {
            start[a] = neighbours.size();
            int touchedCount = 0;
            for (int b = buyersStart[a]; b < buyersStart[a + 1]; b++) {
                int c = buyer[b];
                float wa = buyerWeight[b];
                for (int e = baskets.start[c]; e < baskets.start[c + 1]; e++) {
                    int other = baskets.product[e];
                    if (other == a) {
                        continue;
                    }
                    if (co[other] == 0f) {
                        touched[touchedCount++] = other;
                    }
                    co[other] += wa * baskets.weight[e];
                }
            }
            best.clear();
            for (int t = 0; t < touchedCount; t++) {
                int other = touched[t];
                float together = co[other];
                co[other] = 0f;
                double cosine = together / Math.sqrt((double) popularity[a] * popularity[other]);
                best.offer(other, (float) (cosine * together / (together + SHRINK)));
            }
            best.drainBestFirst(neighbours, similarities);
        }
        start[products] = neighbours.size();
        int[] neighbour = new int[neighbours.size()];
        float[] similarity = new float[neighbours.size()];
        for (int i = 0; i < neighbour.length; i++) {
            neighbour[i] = neighbours.get(i);
            similarity[i] = similarities.get(i);
        }
        return new CoPurchases(start, neighbour, similarity, popularity);
    }
}
