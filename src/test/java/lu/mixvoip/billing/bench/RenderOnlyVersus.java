package lu.mixvoip.billing.bench;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds' {@link RenderOnly} alternately in one JVM, run by hand to compare renderers on a shared machine:
 * separate JVMs run minutes apart see different loads, one JVM alternating rounds sees the same.
 * {@code java -Xmx6g -cp target/test-classes lu.mixvoip.billing.bench.RenderOnlyVersus A.cp B.cp ROUNDS --input DIR
 * --month YYYY-MM --out DIR}, where each {@code .cp} file holds a build's class path (test classes, classes and
 * dependencies, colon-separated, as {@code scripts/test-classpath} prints it). Each build gets a class loader of its
 * own; every round runs A's then B's {@code RenderOnly.main} with the same arguments, each printing its line. The
 * first round includes class loading and the JIT; {@code pdf_kb} adds up over the rounds of a build.
 *
 * <p>{@code --main CLASS} right after ROUNDS runs another main of both builds instead, e.g. the PDF alone, without
 * e-invoice: {@code RenderOnlyVersus A.cp B.cp 7 --main lu.mixvoip.billing.pdf.RenderRate 28 4}.
 */
public final class RenderOnlyVersus {
    private RenderOnlyVersus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: RenderOnlyVersus A.cp B.cp ROUNDS [--main CLASS] [its arguments]");
            System.exit(2);
        }
        String[] builds = {args[0], args[1]};
        int rounds = Integer.parseInt(args[2]);
        boolean other = args.length > 4 && args[3].equals("--main");
        String main = other ? args[4] : RenderOnly.class.getName();
        String[] arguments = Arrays.copyOfRange(args, other ? 5 : 3, args.length);
        ClassLoader[] loaders = {loader(builds[0]), loader(builds[1])};
        for (int round = 1; round <= rounds; round++) {
            for (int b = 0; b < 2; b++) {
                System.out.print("round=" + round + " build=" + builds[b] + " ");
                Thread.currentThread().setContextClassLoader(loaders[b]);
                loaders[b].loadClass(main).getMethod("main", String[].class).invoke(null, (Object) arguments);
            }
        }
    }

    private static ClassLoader loader(String classPathFile) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : Files.readString(Path.of(classPathFile)).trim().split(":")) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(classPathFile + ": not a class path entry: " + entry, e);
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }
}
