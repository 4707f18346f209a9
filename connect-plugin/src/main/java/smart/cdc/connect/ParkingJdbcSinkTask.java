package smart.cdc.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.debezium.connector.jdbc.JdbcSinkConnectorTask;

/**
 * Debezium's JDBC sink task, wrapped so that a flow heals by itself:
 * <ul>
 * <li><b>target unreachable</b> (connection refused or lost, server starting or shutting down,
 * too many connections, deadlock): the records are handed back to Connect with a
 * {@link RetriableException}; Connect keeps the consumer in its group and re-delivers the same
 * records after a backoff (doubling up to {@code smart.cdc.retry.backoff.max.ms}), for as long as
 * it takes. The task never goes FAILED for this.</li>
 * <li><b>a row the target refuses</b> (SQLSTATE class 22 or 23, a raise in a trigger, a record
 * the converter cannot turn into a row): the batch is re-written one record at a time and each
 * refused record is parked in the flow's dead-letter topic through Connect's errant record
 * reporter (original key and value, source topic, partition and offset, the reason without row
 * values); the records behind it go on.</li>
 * <li><b>drift</b>: a record lacking a carried column, or carrying it with another type or logical
 * type (as its source's schema signature says: see {@link CarriedFields}), is parked the same way
 * instead of being written with NULLs or misread values; so is a record the source flagged as not
 * carried exactly (ExactValues: e.g. a NaN, which JSON would turn into 0).</li>
 * <li>anything else (missing target column or table, privileges, authentication): the task fails
 * with the root cause in one line, without row values; the pipeline supervisor restarts it with
 * backoff, so it heals once the cause is fixed.</li>
 * </ul>
 * Debezium's task keeps a failure and rethrows it on every later put; after any failure it is
 * therefore replaced by a fresh one (which also replaces its connection pool).
 */
public class ParkingJdbcSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(ParkingJdbcSinkTask.class);
    private static final long PARK_TIMEOUT_S = 60;

    private Map<String, String> props;
    private String flow;
    private CarriedFields carried;
    private Backoff backoff;
    private JdbcSinkConnectorTask delegate;
    private final Set<TopicPartition> assigned = new HashSet<>();
    /** topic/partition/offset of records already parked: a re-delivered batch does not park them twice */
    private final Set<String> parked = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 100_000;
        }
    });

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        this.props = props;
        this.flow = ParkingSinkConfig.get(props, ParkingSinkConfig.FLOW, props.getOrDefault("name", "?"));
        this.carried = CarriedFields.parse(props.get(ParkingSinkConfig.SOURCE_TABLE), props.get(ParkingSinkConfig.CARRIED_FIELDS));
        this.backoff = new Backoff(ParkingSinkConfig.getLong(props, ParkingSinkConfig.RETRY_INITIAL_MS, 500),
                ParkingSinkConfig.getLong(props, ParkingSinkConfig.RETRY_MAX_MS, 10_000));
        try {
            delegate = startDelegate();
        }
        catch (RuntimeException e) {
            SinkFailure f = startFailure(e);
            if (f.kind() != SinkFailure.Kind.TRANSIENT) {
                throw fatal(f);
            }
            // the target is down: start anyway, put() retries until it is back
            LOG.warn("flow {}: target not reachable at start ({}); records wait until it is", flow, f.describe());
            delegate = null;
        }
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        assigned.addAll(partitions);
        if (delegate != null) {
            delegate.open(partitions);
        }
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
        if (delegate != null) {
            delegate.close(partitions);
        }
    }

    /** Why the source flagged this record as not carried exactly (ExactValues), or null. */
    static String inexact(SinkRecord r) {
        org.apache.kafka.connect.header.Header h = r.headers() == null ? null : r.headers().lastWithName(ExactValues.HEADER);
        return h == null || h.value() == null ? null : "not carried exactly: " + h.value();
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<SinkRecord> writable = new ArrayList<>(records.size());
        // what is parked is the record as it came, not as it was handed to the writer
        Map<SinkRecord, SinkRecord> received = new IdentityHashMap<>();
        for (SinkRecord r : records) {
            String drift = inexact(r);
            if (drift == null) {
                drift = carried.drift(r);
            }
            if (drift == null) {
                SinkRecord w = forWriter(carried.withoutUncarried(r));
                received.put(w, r);
                writable.add(w);
            }
            else if (!parked.contains(position(r))) {
                park(r, drift);
            }
        }
        if (writable.isEmpty()) {
            return;
        }
        ensureDelegate();
        Throwable t = attempt(writable);
        if (t == null) {
            backoff.reset();
            return;
        }
        SinkFailure f = SinkFailure.of(t);
        replaceDelegate();
        if (f.kind() == SinkFailure.Kind.TRANSIENT) {
            throw retry(f);
        }
        if (f.kind() == SinkFailure.Kind.FATAL) {
            throw fatal(f);
        }
        // one at a time, to find the refused ones
        LOG.info("flow {}: the target refused a record of a batch of {} ({}); writing them one at a time", flow, writable.size(), f.describe());
        for (SinkRecord w : writable) {
            SinkRecord r = received.get(w);
            if (parked.contains(position(r))) {
                continue;
            }
            ensureDelegate();
            Throwable e = attempt(List.of(w));
            if (e == null) {
                continue;
            }
            SinkFailure g = SinkFailure.of(e);
            replaceDelegate();
            switch (g.kind()) {
                case DATA -> park(r, g.describe());
                case TRANSIENT -> throw retry(g);
                default -> throw fatal(g);
            }
        }
        backoff.reset();
    }

    /**
     * Every record put has been written or parked when put returns (the reporter's future is
     * awaited), so Connect's own offsets are the ones to commit.
     */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        if (delegate != null) {
            delegate.flush(currentOffsets);
        }
        return currentOffsets;
    }

    @Override
    public void stop() {
        stopDelegate(delegate);
        delegate = null;
    }

    // ---------------------------------------------------------------------------------------

    private JdbcSinkConnectorTask startDelegate() {
        JdbcSinkConnectorTask d = new JdbcSinkConnectorTask();
        d.initialize(context);
        try {
            d.start(props);
        }
        catch (RuntimeException e) {
            stopDelegate(d);
            throw e;
        }
        if (!assigned.isEmpty()) {
            d.open(new ArrayList<>(assigned));
        }
        return d;
    }

    private static void stopDelegate(JdbcSinkConnectorTask d) {
        if (d == null) {
            return;
        }
        try {
            d.stop();
        }
        catch (RuntimeException e) {
            LOG.debug("stopping the JDBC sink task failed", e);
        }
    }

    private void ensureDelegate() {
        if (delegate != null) {
            return;
        }
        SinkFailure f = null;
        // a target that was starting up may answer a moment later: a second start tells
        for (int attempt = 0; attempt < 2 && delegate == null; attempt++) {
            try {
                delegate = startDelegate();
            }
            catch (RuntimeException e) {
                f = startFailure(e);
                if (f.kind() == SinkFailure.Kind.TRANSIENT) {
                    throw retry(f);
                }
            }
        }
        if (delegate == null) {
            throw fatal(f);
        }
    }

    /**
     * Hibernate, unable to reach the database while it builds its session factory, logs the
     * connection error and then fails on something else ("Unable to determine Dialect"): a start
     * failure is therefore judged by connecting once with the driver itself.
     */
    private SinkFailure startFailure(RuntimeException e) {
        SinkFailure f = SinkFailure.of(e);
        if (f.kind() == SinkFailure.Kind.TRANSIENT) {
            return f;
        }
        SinkFailure reach = probe();
        return reach != null && reach.kind() == SinkFailure.Kind.TRANSIENT ? reach : f;
    }

    /** Why the target cannot be connected to, or null when it can. */
    private SinkFailure probe() {
        Properties p = new Properties();
        p.setProperty("user", props.getOrDefault("connection.username", ""));
        if (props.get("connection.password") != null) {
            p.setProperty("password", props.get("connection.password"));
        }
        p.setProperty("connectTimeout", "5");
        try (Connection c = new org.postgresql.Driver().connect(props.getOrDefault("connection.url", ""), p)) {
            return null;
        }
        catch (SQLException | RuntimeException x) {
            return SinkFailure.of(x);
        }
    }

    /** A fresh Debezium task (and connection pool); null when the target cannot be reached yet. */
    private void replaceDelegate() {
        stopDelegate(delegate);
        delegate = null;
        try {
            delegate = startDelegate();
        }
        catch (RuntimeException e) {
            LOG.debug("flow {}: restarting the JDBC sink task failed, retried on the next put", flow, e);
        }
    }

    /** Writes the records; returns why they could not be written, or null. */
    private Throwable attempt(List<SinkRecord> records) {
        try {
            delegate.put(records);
        }
        catch (RuntimeException e) {
            return e;
        }
        return delegate.getLastProcessingException();
    }

    private void park(SinkRecord r, String reason) {
        ErrantRecordReporter reporter = context.errantRecordReporter();
        if (reporter == null) {
            throw new ConnectException("flow " + flow + ": cannot park a refused record (" + reason
                    + "): set errors.tolerance=all and errors.deadletterqueue.topic.name");
        }
        Future<Void> done = reporter.report(r, new ParkedRecordException(reason));
        try {
            done.get(PARK_TIMEOUT_S, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("flow " + flow + ": interrupted while parking a record");
        }
        catch (ExecutionException | TimeoutException e) {
            context.timeout(backoff.next());
            throw new RetriableException("flow " + flow + ": the dead-letter topic did not take a parked record: " + SinkFailure.firstLine(String.valueOf(e.getMessage())));
        }
        parked.add(position(r));
        LOG.warn("flow {}: parked the record at {} in the dead-letter topic: {}", flow, position(r), reason);
    }

    /**
     * The record without its headers: they have been read (drift, exactness), and Debezium's writer
     * would turn every header of every record into a struct of its own, for a primary key mode
     * ({@code record_header}) the sinks do not use.
     */
    private static SinkRecord forWriter(SinkRecord r) {
        if (r.headers() == null || r.headers().isEmpty()) {
            return r;
        }
        return r.newRecord(r.topic(), r.kafkaPartition(), r.keySchema(), r.key(), r.valueSchema(), r.value(), r.timestamp(), List.of());
    }

    private static String position(SinkRecord r) {
        return r.originalTopic() + "-" + r.originalKafkaPartition() + "@" + r.originalKafkaOffset();
    }

    private RetriableException retry(SinkFailure f) {
        long delay = backoff.next();
        context.timeout(delay);
        LOG.warn("flow {}: target not reachable ({}); re-delivering in {} ms (attempt {})", flow, f.describe(), delay, backoff.attempts());
        return new RetriableException("flow " + flow + ": target not reachable: " + f.describe());
    }

    private ConnectException fatal(SinkFailure f) {
        // no cause: the chain's messages may quote the SQL and its values
        return new ConnectException("flow " + flow + ": " + f.describe());
    }
}
