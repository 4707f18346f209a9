package smart.cdc.connect;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * What the dead-letter topic records as the reason a row was parked
 * ({@code __connect.errors.exception.message}). Its message never holds a row value, and it has no
 * cause whose message could.
 */
public class ParkedRecordException extends ConnectException {
    private static final long serialVersionUID = 1L;

    public ParkedRecordException(String reason) {
        super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // the stack of the parking code tells an operator nothing
        return this;
    }
}
