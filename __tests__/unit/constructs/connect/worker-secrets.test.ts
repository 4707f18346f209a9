import { isWorkerSecret, workerSecret, workerSecretName } from '../../../../constructs/connect/worker-secrets';

describe('worker secret references', () => {
  const store = { provider: 'secrets', directory: '/etc/kafka-connect/secrets/smart-cdc' };

  it('names a file of the worker secret storage, in the form Kafka Connect config providers resolve', () => {
    const ref = workerSecret(store, 'hash_salt');
    expect(ref).toBe('${secrets:/etc/kafka-connect/secrets/smart-cdc:hash_salt}');
    expect(isWorkerSecret(ref)).toBe(true);
    expect(workerSecretName(ref)).toBe('hash_salt');
    expect(workerSecret({ provider: 'secrets', directory: 'secrets' }, 'hash_salt')).toBe('${secrets:secrets:hash_salt}');
  });

  it('refuses a name that could not be a file name of the storage', () => {
    expect(() => workerSecret(store, '../etc/passwd')).toThrow("worker secret '../etc/passwd': must be a lower_snake name");
  });

  it('tells a reference from a value, a Terraform variable or a text that merely contains one', () => {
    for (const v of ['hunter2', '${var.hash_salt}', 'x${secrets:/d:hash_salt}', '${secrets:/d:hash_salt}x', '${secrets::hash_salt}', undefined])
      expect({ v, ref: isWorkerSecret(v) }).toEqual({ v, ref: false });
    expect(workerSecretName('${var.hash_salt}')).toBeUndefined();
  });
});
