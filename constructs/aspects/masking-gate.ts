import { IConstruct } from 'constructs';
import { IAspect, TerraformStack } from 'cdktf';
import { CatalogueView } from '../../catalogue/derive';
import { DebeziumSourceConnector } from '../connect/debezium-source';
import { JdbcSinkConnector } from '../connect/jdbc-sink';
import { GovernanceLayer } from '../governance/governance-layer';
import { describeFinding, GateSubject, MASKING_RULES, MaskingRule } from './masking-rules';

export interface GateViolation {
  readonly rule: MaskingRule;
  readonly message: string;
  readonly trigger: string;
}

export class MaskingGateError extends Error {
  readonly violations: string[];

  constructor(readonly stack: string, readonly findings: readonly GateViolation[]) {
    const violations = findings.map((f) => describeFinding(f.rule, f));
    super(`masking gate failed for stack '${stack}':\n${violations.map((v) => `  - ${v}`).join('\n')}`);
    this.name = 'MaskingGateError';
    this.violations = violations;
  }
}

/** What a stack would deploy, as the rules read it. */
export function gateSubject(view: CatalogueView, stack: TerraformStack): GateSubject {
  const all = stack.node.findAll();
  return {
    view,
    sources: all.filter((c): c is DebeziumSourceConnector => c instanceof DebeziumSourceConnector),
    sinks: all.filter((c): c is JdbcSinkConnector => c instanceof JdbcSinkConnector),
    ranger: all.filter((c): c is GovernanceLayer => c instanceof GovernanceLayer).map((g) => ({ environment: g.environment, document: g.document })),
  };
}

/** Every breach of every rule of `rules` (all of them by default). */
export function evaluateRules(subject: GateSubject, rules: readonly MaskingRule[] = MASKING_RULES): GateViolation[] {
  return rules.flatMap((rule) => rule.check(subject).map((f) => ({ rule, ...f })));
}

/**
 * A policy check on what the stack would deploy, in the manner of cdk-nag: it applies the rules of
 * masking-rules.ts to the synthesized connector configurations and Ranger documents, and fails the
 * synth on any finding. It throws (rather than annotating) so that every synth path, tests
 * included, stops.
 */
export class MaskingGate implements IAspect {
  constructor(private readonly view: CatalogueView) {}

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformStack)) return;
    const findings = evaluateRules(gateSubject(this.view, node));
    if (findings.length) throw new MaskingGateError(node.node.id, findings);
  }
}
