package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Nothing prints what nobody asked for: no logger warnings or banners, no escape codes from the build step. */
class QuietOutputTest {
  @Test
  void slf4jHasItsNoOperationProviderSoNeitherCommandsNorTestsPrintProviderWarnings() {
    List<String> providers = new ArrayList<>();
    for (org.slf4j.spi.SLF4JServiceProvider p : ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)) {
      providers.add(p.getClass().getName());
    }
    assertEquals(List.of("org.slf4j.nop.NOPServiceProvider"), providers);
  }

  @Test
  void theBuildStepOfTheChronikScriptPrintsNoEscapeCodes() throws Exception {
    String script = Files.readString(SharedTestEnvironment.root().resolve("chronik"), StandardCharsets.UTF_8);
    Matcher build = Pattern.compile("mvn ((?:-[^\\s]+ )+)-DskipTests").matcher(script);
    assertTrue(build.find(), "the script builds with mvn");
    // the script's own Maven flags, on a goal that needs no compiling
    List<String> command = new ArrayList<>(List.of("mvn"));
    command.addAll(Arrays.asList(build.group(1).strip().split(" ")));
    command.addAll(List.of("-o", "-N", "validate"));
    Process mvn = new ProcessBuilder(command).directory(SharedTestEnvironment.root().toFile()).redirectErrorStream(true).start();
    String printed = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(mvn.waitFor(120, TimeUnit.SECONDS), "mvn validate ended");
    assertEquals(0, mvn.exitValue(), printed);
    assertFalse(printed.contains("\u001b"), "no escape codes: " + printed.replace("\u001b", "ESC"));
  }
}
