package org.thrive.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.batch.BatchRun;
import org.thrive.batch.Caseload;
import org.thrive.batch.CaseloadSummary;
import org.thrive.batch.SyntheticCaseload;
import org.thrive.json.CaseWriter;
import org.thrive.rules.ThriveAdvisor;

/** The Spark example in local mode: a Parquet caseload grouped partition by partition, the summary computed with Spark. */
class SparkCaseloadTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("thrive-test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void parquetCaseload_isGroupedPartitionByPartition_andTheSummaryEqualsTheLibrarysOwn(@TempDir Path dir) {
    int n = 3_000;
    CaseWriter writer = new CaseWriter();
    List<Row> rows = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      rows.add(RowFactory.create("syn-" + i, writer.toTree(SyntheticCaseload.seeded(4).get(i)).toString()));
    }
    rows.add(RowFactory.create("bad", "{\"caseId\": \"bad\"}"));
    StructType schema = new StructType().add("case_id", DataTypes.StringType).add("case_json", DataTypes.StringType);
    String parquet = dir.resolve("caseload.parquet").toString();
    spark.createDataFrame(rows, schema).repartition(6).write().parquet(parquet);

    Dataset<Row> advised = SparkCaseload.advise(spark.read().parquet(parquet));
    assertThat(advised.rdd().getNumPartitions()).isGreaterThan(1);
    Map<String, Long> counts = new HashMap<>();
    for (Row r : SparkCaseload.summary(advised).collectAsList()) {
      counts.put(r.getString(0) + "|" + r.getString(1), r.getLong(2));
    }

    // the same caseload grouped by the library alone
    CaseloadSummary expected = new CaseloadSummary(ThriveAdvisor.withDefaultRules());
    BatchRun.builder(ThriveAdvisor.withDefaultRules()).threads(2).build().run(Caseload.synthetic(n, 4), expected::add);

    // no case dropped: every row is advised or kept with its error
    assertThat(counts.get("status|ERROR")).isEqualTo(1L);
    assertThat(advised.count()).isEqualTo(n + 1);
    expected.bySuggestion().forEach((g, c) -> assertThat(counts.getOrDefault("suggestion|" + g, 0L)).as(g).isEqualTo(c));
    expected.safeguards().forEach((k, c) -> assertThat(counts.getOrDefault("safeguard|" + k, 0L)).as(k).isEqualTo(c));
    expected.needsVsSuggested().forEach((needs, row) -> row.forEach((g, c) ->
        assertThat(counts.getOrDefault("needs_vs_suggested|" + needs + " -> " + g, 0L)).as(needs + " -> " + g).isEqualTo(c)));
    expected.byAgeBand().forEach((band, row) -> row.forEach((g, c) ->
        assertThat(counts.getOrDefault("age_band|" + band + ": " + g, 0L)).as(band + ": " + g).isEqualTo(c)));
    assertThat(advised.filter("status = 'ERROR'").first().<String>getAs("error")).startsWith("$.").doesNotContain("bad");
  }
}
