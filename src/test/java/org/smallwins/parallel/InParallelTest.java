package org.smallwins.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void mapKeepsTheListsOrder() {
        for (int size : new int[] {0, 1, 2, 3, 63, 64, 65, 1000, 10_007}) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<String> mapped = InParallel.map(items, i -> "#" + i);
            assertEquals(items.stream().map(i -> "#" + i).toList(), mapped, "size " + size);
        }
        List<String> mapped = InParallel.map(List.of(1, 2, 3), i -> "#" + i);
        assertThrows(UnsupportedOperationException.class, () -> mapped.set(0, "changed"), "read-only, as toList() was");
    }

    @Test
    void everyIndexIsVisitedExactlyOnce() {
        for (int count : new int[] {0, 1, 5, 100, 4099, 50_000}) {
            AtomicIntegerArray visits = new AtomicIntegerArray(count);
            InParallel.forEachIndex(count, visits::incrementAndGet);
            for (int i = 0; i < count; i++) {
                assertEquals(1, visits.get(i), "index " + i + " of " + count);
            }
        }
    }

    @Test
    void eachThreadGetsItsOwnStateMadeOnce() {
        for (int count : new int[] {0, 1, 5, 4099}) {
            AtomicIntegerArray visits = new AtomicIntegerArray(count);
            List<Thread> made = Collections.synchronizedList(new ArrayList<>());
            Set<String> misuse = ConcurrentHashMap.newKeySet();
            InParallel.forEachIndex(count, () -> {
                made.add(Thread.currentThread());
                return Thread.currentThread();
            }, (owner, i) -> {
                if (owner != Thread.currentThread()) {
                    misuse.add(owner + " used on " + Thread.currentThread());
                }
                visits.incrementAndGet(i);
                if (count > 5) {
                    sleepQuietly();
                }
            });
            for (int i = 0; i < count; i++) {
                assertEquals(1, visits.get(i), "index " + i + " of " + count);
            }
            assertTrue(misuse.isEmpty(), misuse.toString());
            assertEquals(Set.copyOf(made).size(), made.size(), "one state per thread: " + made);
            assertTrue(count > 0 || made.isEmpty(), "no state made for no work");
        }
    }

    @Test
    void forEachVisitsEveryItem() {
        List<Integer> items = IntStream.range(0, 3000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        InParallel.forEach(items, seen::add);
        assertEquals(Set.copyOf(items), seen);
    }

    @Test
    void theWorkIsSharedWithThePoolWhenItHasThreads() {
        // On a one-core machine the pool has no thread to spare, and the caller does everything.
        if (ForkJoinPool.getCommonPoolParallelism() < 1 || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        InParallel.forEachIndex(2000, i -> {
            threads.add(Thread.currentThread());
            sleepQuietly();
        });
        assertTrue(threads.size() >= 2, "ran on " + threads);
        assertTrue(threads.contains(Thread.currentThread()), "the caller works too");
    }

    @Test
    void aFailureIsRethrownAsItIsAndStopsTheRest() {
        IllegalStateException thrown = new IllegalStateException("entry 17 is broken");
        AtomicIntegerArray visits = new AtomicIntegerArray(100_000);
        IllegalStateException caught = assertThrows(IllegalStateException.class, () ->
                InParallel.forEachIndex(100_000, i -> {
                    visits.incrementAndGet(i);
                    if (i == 17) {
                        throw thrown;
                    }
                    sleepQuietly();
                }));
        assertTrue(caught == thrown || caught.getCause() == thrown, "the entry's own exception: " + caught);
        int visited = 0;
        for (int i = 0; i < visits.length(); i++) {
            visited += visits.get(i);
        }
        assertTrue(visited < 1000, "the others stopped after their batch; visited " + visited);
    }

    @Test
    void aCallFromInsidePoolTasksFinishesEvenWhenEveryPoolThreadIsBusy() throws Exception {
        // Every pool thread runs a task that itself spreads work over the pool: none is free to
        // help, and each caller must finish its list alone rather than wait for a helper to start.
        int tasks = ForkJoinPool.getCommonPoolParallelism() + 2;
        List<ForkJoinTask<List<Integer>>> running = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int offset = t * 1000;
            running.add(ForkJoinPool.commonPool().submit(() -> InParallel.map(
                    IntStream.range(0, 500).boxed().toList(), i -> i + offset)));
        }
        for (int t = 0; t < tasks; t++) {
            int offset = t * 1000;
            assertEquals(IntStream.range(0, 500).map(i -> i + offset).boxed().toList(),
                    running.get(t).get(30, TimeUnit.SECONDS));
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
