import { describeError, OpsError } from '../../../scripts/ops/errors';
import { kafkaLibrary } from '../../../scripts/ops/kafka';

describe('ops error descriptions', () => {
  it('names network failures in words, through cause chains', () => {
    expect(describeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe('connection refused');
    expect(describeError(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }) }))).toBe('host not found (DNS)');
    expect(describeError(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092'))).toBe('connection refused');
  });

  it('finds the socket error inside nested aggregate errors', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const broker = Object.assign(new Error('Connection to 127.0.0.1:1 failed.'), { code: 'PLT_KFK_NETWORK', cause: socket });
    const any = Object.assign(new Error('Cannot connect to any broker.'), { code: 'PLT_KFK_MULTIPLE', errors: [broker] });
    expect(describeError(Object.assign(new Error('metadata failed 2 times.'), { code: 'PLT_KFK_MULTIPLE', errors: [any, any] }))).toBe('connection refused');
  });

  it("words the Kafka client's refusals as the broker gave them, not as the client's wrapper", async () => {
    const { AuthenticationError, MultipleErrors, ProtocolError } = await kafkaLibrary();
    // the client's own classes, nested as it nests them: a response with errors → each protocol error
    const refused = new MultipleErrors('Received response with error while executing API CreateTopics(v7)', [new ProtocolError('TOPIC_AUTHORIZATION_FAILED')]);
    expect(describeError(refused)).toBe('Topic authorization failed (TOPIC_AUTHORIZATION_FAILED)');
    const login = new MultipleErrors('Cannot connect to any broker.', [new AuthenticationError('SASL authentication failed.', { cause: new MultipleErrors('x', [new ProtocolError('SASL_AUTHENTICATION_FAILED')]) as unknown as Error })]);
    expect(describeError(login)).toBe('SASL authentication failed');
  });

  it('keeps PostgreSQL messages and explains a missing password', () => {
    expect(describeError(Object.assign(new Error('password authentication failed for user "postgres"'), { code: '28P01' }))).toBe('password authentication failed for user "postgres"');
    expect(describeError(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'))).toBe('the server asks for a password and none is configured');
    expect(describeError(new Error('timeout expired'))).toBe('timed out connecting');
  });

  it('is always one line', () => {
    expect(describeError(new Error('first\n  at stack (file.ts:1:1)'))).toBe('first');
    expect(describeError(new OpsError('as is'))).toBe('as is');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(undefined)).toBe('unknown error');
  });
});
