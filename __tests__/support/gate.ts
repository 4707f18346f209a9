import { MaskingGateError } from '../../constructs/aspects/masking-gate';

/** The masking gate's error from a synth that must fail it (fails the test when it does not). */
export function gateError(run: () => void): MaskingGateError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(MaskingGateError);
    return e as MaskingGateError;
  }
  throw new Error('expected the masking gate to fail the synth');
}
