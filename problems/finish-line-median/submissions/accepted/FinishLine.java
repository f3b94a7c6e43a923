import java.util.Collections;
import java.util.PriorityQueue;

class FinishLine {
    private final PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> high = new PriorityQueue<>();

    public FinishLine() {}

    public void add(int seconds) {
        if (low.isEmpty() || seconds <= low.peek()) low.add(seconds);
        else high.add(seconds);
        if (low.size() > high.size() + 1) high.add(low.poll());
        else if (high.size() > low.size()) low.add(high.poll());
    }

    public int median() {
        return low.peek();
    }
}
