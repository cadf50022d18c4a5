package lu.mixvoip.billing.core.invoice;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a record's content, every component included, nested records, lists and optionals too: whatever
 * a record gains, its digest covers it. Each value is written with its length, each record and list delimited, so
 * that no two contents of one type share a text. Equal digests mean equal content; different digests prove nothing (a value printed otherwise by
 * another Java version), so they are only ever a shortcut to "unchanged", never a proof of a change.
 */
public final class ContentDigest {
    /** Each record class's accessors, in component order: asking a class for them each time costs more than hashing. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
        }
    };

    private ContentDigest() {
    }

    public static String of(Record content) {
        StringBuilder text = new StringBuilder(1024);
        append(text, content);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append('N');
        } else if (value instanceof Record record) {
            text.append('R').append('(');
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                append(text, valueOf(accessor, record));
            }
            text.append(')');
        } else if (value instanceof Collection<?> values) {
            text.append('L').append(values.size()).append('(');
            values.forEach(v -> append(text, v));
            text.append(')');
        } else if (value instanceof Optional<?> optional) {
            text.append('O');
            append(text, optional.orElse(null));
        } else {
            String printed = value.toString();
            text.append('V').append(printed.length()).append(':').append(printed);
        }
    }

    private static Object valueOf(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }
}
