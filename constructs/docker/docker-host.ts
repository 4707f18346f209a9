import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Network } from '@cdktf/provider-docker/lib/network';
import { Image } from '@cdktf/provider-docker/lib/image';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { Container, ContainerUpload } from '@cdktf/provider-docker/lib/container';

export interface DockerHostProps {
  /** Docker daemon address, e.g. unix:///var/run/docker.sock */
  readonly host: string;
  readonly network: string;
}

export interface EngineContainerProps {
  /** container name, also its DNS name on the network */
  readonly name: string;
  /** pinned image name:tag */
  readonly image: string;
  readonly env?: string[];
  readonly command?: string[];
  /** published ports (on 127.0.0.1): host port → container port */
  readonly ports?: ReadonlyArray<{ readonly host: number; readonly container: number }>;
  /**
   * `'host'`: in the host's network namespace instead of the stack's network (it then reaches, and
   * is reached on, the ports published on 127.0.0.1, and publishes none itself)
   * @default the stack's network
   */
  readonly networkMode?: 'host';
  /** named volume mounted at this path, so data survives container replacement */
  readonly dataPath?: string;
  readonly healthcheck: string[];
  /** files written into the container before it starts (a `source` is read by Terraform at apply) */
  readonly uploads?: ContainerUpload[];
  /** @default '90s' — JVM engines need a while */
  readonly startPeriod?: string;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The Docker host of the dev environment: provider, one network, and health-checked engine
 * containers whose creation waits until they report healthy.
 */
export class DockerHost extends Construct {
  readonly network: Network;
  private readonly provider: DockerProvider;

  constructor(scope: Construct, id: string, props: DockerHostProps) {
    super(scope, id);
    this.provider = new DockerProvider(this, 'provider', { host: props.host });
    this.network = new Network(this, 'network', { provider: this.provider, name: props.network });
  }

  container(id: string, p: EngineContainerProps): Container {
    const image = new Image(this, `${id}-image`, { provider: this.provider, name: p.image, keepLocally: true });
    const volume = p.dataPath ? new Volume(this, `${id}-data`, { provider: this.provider, name: `${p.name}-data` }) : undefined;
    const onHost = p.networkMode === 'host';
    if (onHost && p.ports?.length) throw new Error(`container ${p.name}: a container on the host's network publishes no port`);
    return new Container(this, id, {
      provider: this.provider,
      name: p.name,
      // Docker refuses a hostname of its own on the host's network
      hostname: onHost ? undefined : p.name,
      image: image.imageId,
      env: p.env,
      command: p.command,
      restart: 'unless-stopped',
      networkMode: p.networkMode,
      networksAdvanced: onHost ? undefined : [{ name: this.network.name, aliases: [p.name] }],
      ports: p.ports?.length ? p.ports.map((x) => ({ internal: x.container, external: x.host, ip: '127.0.0.1' })) : undefined,
      volumes: volume ? [{ volumeName: volume.name, containerPath: p.dataPath }] : undefined,
      upload: p.uploads,
      healthcheck: { test: p.healthcheck, interval: '10s', timeout: '5s', retries: 12, startPeriod: p.startPeriod ?? '90s' },
      wait: true,
      waitTimeout: 300,
      dependsOn: p.dependsOn,
    });
  }
}
