package dev.strata.autogenerate.entities;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the class-level annotations of a class file from its bytes (JVMS chapter 4), so that the scanner can
 * pick entity classes without loading, linking or initialising anything: classes that are not entities never
 * touch the class loader, and a missing dependency of an unrelated class cannot break the scan. Hibernate 7 no
 * longer ships Jandex, and the class-file layout needed here (constant pool, skipped members, one attribute) is
 * small and has been stable since Java 1.0; constant-pool tags added by later Java versions are all listed.
 */
final class ClassFileReader {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int ACC_MODULE = 0x8000;

    private ClassFileReader() {
    }

    /**
     * Reads one class file.
     *
     * @param bytes the class file
     * @return the summary, or null for a {@code module-info} class
     * @throws IOException if the bytes are not a well-formed class file
     */
    static ClassFileSummary read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (bad magic number)");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        Object[] pool = readConstantPool(in);
        int access = in.readUnsignedShort();
        if ((access & ACC_MODULE) != 0) {
            return null;
        }
        String className = classNameAt(pool, in.readUnsignedShort());
        in.readUnsignedShort();
        skip(in, in.readUnsignedShort() * 2);
        skipMembers(in);
        skipMembers(in);
        Map<String, Map<String, Object>> annotations = new LinkedHashMap<>();
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String name = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(name)) {
                int count = in.readUnsignedShort();
                for (int a = 0; a < count; a++) {
                    String type = descriptorToName((String) pool[in.readUnsignedShort()]);
                    annotations.put(type, readElements(in, pool));
                }
            } else {
                skip(in, length);
            }
        }
        boolean packageInfo = className.equals("package-info") || className.endsWith(".package-info");
        return new ClassFileSummary(className, packageInfo, annotations);
    }

    private static Object[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3 -> pool[i] = in.readInt();
                case 4 -> pool[i] = in.readFloat();
                case 5 -> pool[i++] = in.readLong();
                case 6 -> pool[i++] = in.readDouble();
                // Class, String, MethodType, Module, Package: one index; kept to resolve class and string values.
                case 7, 8, 16, 19, 20 -> pool[i] = new Ref(tag, in.readUnsignedShort());
                case 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                case 15 -> skip(in, 3);
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return pool;
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            skip(in, 6);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.readUnsignedShort();
                skip(in, in.readInt());
            }
        }
    }

    private static Map<String, Object> readElements(DataInputStream in, Object[] pool) throws IOException {
        Map<String, Object> elements = new LinkedHashMap<>();
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            String name = (String) pool[in.readUnsignedShort()];
            Object value = readValue(in, pool);
            if (value != null) {
                elements.put(name, value);
            }
        }
        return elements;
    }

    private static Object readValue(DataInputStream in, Object[] pool) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> pool[in.readUnsignedShort()];
            case 'e' -> descriptorToName((String) pool[in.readUnsignedShort()]) + "." + pool[in.readUnsignedShort()];
            case 'c' -> descriptorToName((String) pool[in.readUnsignedShort()]);
            case '@' -> {
                in.readUnsignedShort();
                readElements(in, pool);
                yield null;
            }
            case '[' -> {
                int count = in.readUnsignedShort();
                List<Object> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    Object value = readValue(in, pool);
                    if (value != null) {
                        values.add(value);
                    }
                }
                yield values;
            }
            default -> throw new IOException("unknown annotation element tag '" + (char) tag + "'");
        };
    }

    private static String classNameAt(Object[] pool, int index) throws IOException {
        if (!(pool[index] instanceof Ref ref) || ref.tag() != 7) {
            throw new IOException("this_class does not point at a class constant");
        }
        return ((String) pool[ref.index()]).replace('/', '.');
    }

    /** {@code Ldev/acme/Order$Line;} to {@code dev.acme.Order$Line}; primitive and array descriptors as given. */
    private static String descriptorToName(String descriptor) {
        if (descriptor.startsWith("L") && descriptor.endsWith(";")) {
            return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        }
        return descriptor;
    }

    private static void skip(DataInputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    /** A constant-pool entry that points at another entry. */
    private record Ref(int tag, int index) {
    }
}
