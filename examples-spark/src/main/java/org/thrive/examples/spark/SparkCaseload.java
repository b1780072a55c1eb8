package org.thrive.examples.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.thrive.batch.CaseloadSummary;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.ThriveAdvisor;

/**
 * Grouping a caseload inside Apache Spark. The caseload is a table with a {@code case_json} column
 * (one case in the case format per row; Parquet or CSV); {@link #advise} maps it partition by
 * partition, with <b>one advisor per executor JVM</b> (built once, on first use, and shared by the
 * executor's tasks: an advisor is thread-safe), to one row per case: the suggestion, what the needs
 * alone suggest, the safeguards, what is missing, the age band, or the error. A row whose case cannot
 * be read keeps its error: no case is dropped. {@link #summary} computes the caseload summary with
 * Spark.
 *
 * <pre>{@code
 * Dataset<Row> caseload = spark.read().parquet("caseload.parquet");
 * Dataset<Row> advised = SparkCaseload.advise(caseload);
 * SparkCaseload.summary(advised).show();
 * }</pre>
 */
public final class SparkCaseload {
  /** The schema of the advised rows. */
  public static final StructType ADVISED = new StructType()
      .add("case_id", DataTypes.StringType)
      .add("age_band", DataTypes.StringType)
      .add("status", DataTypes.StringType)
      .add("suggestion", DataTypes.StringType)
      .add("needs_only", DataTypes.StringType)
      .add("safeguards", DataTypes.createArrayType(DataTypes.StringType))
      .add("missing", DataTypes.createArrayType(DataTypes.StringType))
      .add("rule_set", DataTypes.StringType)
      .add("error", DataTypes.StringType);

  private SparkCaseload() {}

  /** One advisor per executor JVM, built on first use. */
  static final class Holder {
    static final ThriveAdvisor ADVISOR = ThriveAdvisor.withDefaultRules();
    static final CaseReader READER = new CaseReader();

    private Holder() {}
  }

  /** Advises every row of {@code caseload} (a {@code case_json} column), partition by partition. */
  public static Dataset<Row> advise(Dataset<Row> caseload) {
    MapPartitionsFunction<Row, Row> each = rows -> {
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        out.add(advise(rows.next().<String>getAs("case_json")));
      }
      return out.iterator();
    };
    return caseload.select("case_json").mapPartitions(each, ExpressionEncoder.apply(ADVISED));
  }

  /** Advises one case; the row holds the error instead when the case cannot be read or advised. */
  static Row advise(String json) {
    ThriveCase c;
    try {
      c = Holder.READER.read(new ByteArrayInputStream(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8)));
    } catch (CaseFileException | InvalidCaseException e) {
      return RowFactory.create(null, null, "ERROR", null, null, new String[0], new String[0], null, e.getMessage());
    } catch (java.io.IOException e) {
      return RowFactory.create(null, null, "ERROR", null, null, new String[0], new String[0], null, "cannot be read");
    }
    try {
      Advice a = Holder.ADVISOR.advise(c);
      return RowFactory.create(c.caseId(), CaseloadSummary.band(c.age()), a.status().name(),
          a.suggestion().map(Grouping::label).orElse(CaseloadSummary.CANNOT_SUGGEST_YET),
          a.needsOnly().map(Grouping::label).orElse(CaseloadSummary.NEEDS_NOT_KNOWN),
          a.safeguards().stream().map(Safeguard::kind).distinct().map(k -> k.label()).toArray(String[]::new),
          a.missing().stream().map(MissingInformation::field).toArray(String[]::new),
          a.provenance().ruleSetName() + " " + a.provenance().ruleSetVersion(), null);
    } catch (RuntimeException e) {
      return RowFactory.create(c.caseId(), CaseloadSummary.band(c.age()), "ERROR", null, null, new String[0],
          new String[0], null, "the rules failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * The caseload summary computed with Spark: one row per (measure, key, value) count. Measures:
   * {@code suggestion}, {@code needs_vs_suggested} (key "needs alone -> suggested"), {@code safeguard},
   * {@code missing}, {@code age_band} (key "band: suggestion") and {@code status}.
   */
  public static Dataset<Row> summary(Dataset<Row> advised) {
    advised.cache();
    Dataset<Row> ok = advised.filter(functions.col("status").notEqual("ERROR"));
    Dataset<Row> bySuggestion = ok.groupBy(functions.col("suggestion").as("key")).count()
        .withColumn("measure", functions.lit("suggestion"));
    Dataset<Row> matrix = ok.groupBy(functions.concat_ws(" -> ", functions.col("needs_only"), functions.col("suggestion"))
        .as("key")).count().withColumn("measure", functions.lit("needs_vs_suggested"));
    Dataset<Row> safeguards = ok.select(functions.explode(functions.col("safeguards")).as("key")).groupBy("key").count()
        .withColumn("measure", functions.lit("safeguard"));
    Dataset<Row> missing = ok.select(functions.explode(functions.col("missing")).as("key")).groupBy("key").count()
        .withColumn("measure", functions.lit("missing"));
    Dataset<Row> ages = ok.groupBy(functions.concat_ws(": ", functions.col("age_band"), functions.col("suggestion"))
        .as("key")).count().withColumn("measure", functions.lit("age_band"));
    Dataset<Row> status = advised.groupBy(functions.col("status").as("key")).count()
        .withColumn("measure", functions.lit("status"));
    return bySuggestion.unionByName(matrix).unionByName(safeguards).unionByName(missing).unionByName(ages)
        .unionByName(status).select("measure", "key", "count").orderBy("measure", "key");
  }

  /** Reads a Parquet caseload, advises it and prints the summary: {@code SparkCaseload CASELOAD.parquet}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SparkCaseload CASELOAD.parquet (a case_json column)");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("thrive caseload").getOrCreate();
    try {
      Dataset<Row> advised = advise(spark.read().parquet(args[0]));
      summary(advised).show(200, false);
    } finally {
      spark.stop();
    }
  }
}
