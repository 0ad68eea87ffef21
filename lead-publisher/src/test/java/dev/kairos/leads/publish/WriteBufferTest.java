package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class WriteBufferTest {

    private static final ObjectMapper MAPPER = PublisherJson.mapper();

    @Test
    void writesEachValueAsTheMapperWouldWhateverTheThreadWroteBefore() {
        // small, beyond the first buffer, beyond what is kept for the next value, and small again
        for (Object value : List.of(Map.of("a", "b"), text(40_000), text(2_000_000), List.of(1, 2, 3), "x")) {
            assertThat(WriteBuffer.write(MAPPER, value)).isEqualTo(MAPPER.writeValueAsBytes(value));
        }
    }

    @Test
    void holdsTheValueJustWrittenAndNothingOfTheOnesBefore() {
        WriteBuffer.write(MAPPER, text(100_000));

        WriteBuffer buffer = WriteBuffer.holding(MAPPER, "short");

        assertThat(buffer.size()).isEqualTo(7);
        assertThat(new String(buffer.bytes(), 0, buffer.size(), StandardCharsets.UTF_8))
            .isEqualTo("\"short\"");
    }

    @Test
    void keepsTheThreadsWritingAtOnceApart() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String value = text(5_000 * (t + 1));
                Callable<Boolean> writer = () -> {
                    byte[] expected = MAPPER.writeValueAsBytes(value);
                    for (int i = 0; i < 2_000; i++) {
                        if (!Arrays.equals(WriteBuffer.write(MAPPER, value), expected)) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(threads.submit(writer));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
        finally {
            threads.shutdownNow();
        }
    }

    /** A text of this many characters, some of them more than one byte in UTF-8. */
    private static String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 97 == 0 ? '\u00e9' : (char) ('a' + i % 26));
        }
        return text.toString();
    }
}
