package fi.kanta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kanta demo --simulate-response} and {@code kanta report} on the real command line: the
 * demo prints the simulated lift and the run's report and writes its workbook; a small demo's
 * holdout is too small, and the report says so. Asserts nothing about the lift itself (that is
 * {@link SimulatedResponseTest}, on a fixed day and run key).
 */
class DemoSimulateResponseTest {

    @TempDir
    Path home;

    @Test
    void theDemoSimulatesTheWeeksAfterTheRunAndReportsThem() throws IOException {
        String week = Period.WEEKLY.runKey(ZonedDateTime.now(ZoneId.of("Europe/Helsinki")));

        String output = run(0, "demo", "--customers", "300", "--simulate-response", "--kanta.home=" + home);

        assertThat(output).contains("Simulated response of").contains("the known lift: conversion +")
                .contains("Results of win-back/" + week).contains("(not ended yet: results so far)")
                .contains("Target vs holdout, all channels").contains("the holdout is too small for a conclusion");
        Path workbook = home.resolve("out/win-back/" + week + "/report.xlsx");
        assertThat(output).contains("Wrote " + workbook);
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(read.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(read.getSheet("Recipients").getLastRowNum()).isPositive();
        }

        String report = run(0, "report", "win-back/" + week, "--window-days", "7", "--kanta.home=" + home);
        assertThat(report).contains("Window: 7 days").contains("Delivery (targets):").contains("letter cost");
        run(1, "report", "win-back", "--kanta.home=" + home); // not CAMPAIGN/RUN-KEY
        run(1, "report", "win-back/1999-W01", "--kanta.home=" + home);
    }

    private static String run(int expectedExit, String... args) {
        return DemoCommandTest.run(expectedExit, args);
    }
}
