package nl.ketensim.cli;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Another build of ketensim (e.g. an older commit's jar), loaded into this JVM in its own
 * {@link URLClassLoader} whose parent is the platform class loader, so that none of its classes is
 * shared with this build. It is reached by reflection through the public API that every build
 * since model 2 has: {@code ScenarioLoader.load(Path)}, {@code new ReintegrationModel(Scenario,
 * long)} and {@code ReintegrationModel.run(int replication, double measuredYears)}, whose result
 * has {@code eventsProcessed()}. Used by {@code bench --against}.
 */
final class OtherBuild implements AutoCloseable {

    private static final String LOADER = "nl.ketensim.scenario.ScenarioLoader";
    private static final String SCENARIO = "nl.ketensim.scenario.Scenario";
    private static final String MODEL = "nl.ketensim.model.ReintegrationModel";

    /** One replication of the other build: its result (the other build's own class) and its events. */
    record Run(Object result, long eventsProcessed) { }

    private final String name;
    private final URLClassLoader classLoader;
    private final Object model;
    private final Method run;
    private final Method eventsProcessed;

    private OtherBuild(String name, URLClassLoader classLoader, Object model, Method run, Method eventsProcessed) {
        this.name = name;
        this.classLoader = classLoader;
        this.model = model;
        this.run = run;
        this.eventsProcessed = eventsProcessed;
    }

    /**
     * Loads the build on {@code classPath} (its jar, or jars and class directories) and binds its
     * model to a scenario read by that build and a seed.
     *
     * @throws BadInputException a class path entry is missing, the build lacks the API, or the build
     *                           rejects the scenario (its own messages)
     */
    static OtherBuild open(List<Path> classPath, Path scenarioFile, long seed) throws BadInputException {
        String name = classPath.size() == 1 ? classPath.get(0).toString() : String.valueOf(classPath);
        URLClassLoader classLoader = new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader());
        try {
            Class<?> loader = apiClass(classLoader, LOADER, name);
            Class<?> scenarioType = apiClass(classLoader, SCENARIO, name);
            Class<?> modelType = apiClass(classLoader, MODEL, name);
            Method load = apiMember(() -> loader.getMethod("load", Path.class), name, "ScenarioLoader.load(Path)");
            Constructor<?> constructor = apiMember(() -> modelType.getConstructor(scenarioType, long.class), name,
                    "new ReintegrationModel(Scenario, long)");
            Method run = apiMember(() -> modelType.getMethod("run", int.class, double.class), name,
                    "ReintegrationModel.run(int, double)");
            Method events = apiMember(() -> run.getReturnType().getMethod("eventsProcessed"), name,
                    run.getReturnType().getSimpleName() + ".eventsProcessed()");
            Object scenario = scenario(load, scenarioFile, name);
            Object model = invoke(() -> constructor.newInstance(scenario, seed), name);
            return new OtherBuild(name, classLoader, model, run, events);
        } catch (BadInputException | RuntimeException | Error e) {
            closeQuietly(classLoader);
            throw e;
        }
    }

    /** Where the build came from, as given. */
    String name() {
        return name;
    }

    /**
     * Runs one replication of the other build on the calling thread.
     *
     * @param replication   replication index (random substream)
     * @param measuredYears measured years (years, &gt; 0)
     */
    Run run(int replication, double measuredYears) {
        Object result = invoke(() -> run.invoke(model, replication, measuredYears), name);
        long events = (Long) invoke(() -> eventsProcessed.invoke(result), name);
        return new Run(result, events);
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
    }

    private static URL[] urls(List<Path> classPath) throws BadInputException {
        if (classPath.isEmpty()) {
            throw new BadInputException("--against: no jar given");
        }
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = classPath.get(i);
            if (entry.toString().isEmpty()) {
                throw new BadInputException("--against: an empty path; give the other build's jar");
            }
            if (!Files.isRegularFile(entry) && !Files.isDirectory(entry)) {
                throw new BadInputException("--against: jar not found: " + entry);
            }
            if (!Files.isReadable(entry)) {
                throw new BadInputException("--against: jar not readable: " + entry);
            }
            try {
                urls[i] = entry.toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new BadInputException("--against: not a usable path: " + entry);
            }
        }
        return urls;
    }

    private static Class<?> apiClass(ClassLoader classLoader, String className, String name)
            throws BadInputException {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException("--against: " + name + " is not a ketensim build (jar with its dependencies):"
                    + " class " + className + " not found");
        }
    }

    @FunctionalInterface
    private interface Lookup<T> {
        T find() throws NoSuchMethodException;
    }

    private static <T> T apiMember(Lookup<T> lookup, String name, String member) throws BadInputException {
        try {
            return lookup.find();
        } catch (NoSuchMethodException | LinkageError e) {
            throw new BadInputException("--against: " + name + " has no public " + member
                    + "; bench --against needs a build with that API (model 2, d239805, or later)");
        }
    }

    /** Reads the scenario with the other build; its rejection is bad input, in its own words. */
    private static Object scenario(Method load, Path scenarioFile, String name) throws BadInputException {
        if (!Files.isRegularFile(scenarioFile)) {
            throw new BadInputException("--against-scenario: scenario file not found: " + scenarioFile);
        }
        try {
            return load.invoke(null, scenarioFile);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause != null && cause.getClass().getSimpleName().equals("ScenarioException")) {
                throw new BadInputException("the other build (" + name + ") rejects " + scenarioFile
                        + " (give it a scenario of its own with --against-scenario):"
                        + System.lineSeparator() + cause.getMessage());
            }
            throw new IllegalStateException("the other build (" + name + ") failed to load " + scenarioFile + ": "
                    + cause, cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Call {
        Object call() throws ReflectiveOperationException;
    }

    /** Calls into the other build; its own exceptions become an internal error naming the build. */
    private static Object invoke(Call call, String name) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the other build (" + name + ") failed: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the other build (" + name + ") cannot be called: " + e, e);
        }
    }

    private static void closeQuietly(URLClassLoader classLoader) {
        try {
            classLoader.close();
        } catch (IOException e) {
            // nothing was run; the loader's open files go with it
        }
    }
}
