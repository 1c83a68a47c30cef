import { OnnxGraph, type Dim, type ElementType, type OnnxGraphOptions } from "./onnx-graph";

/** A tensor of the graph and its shape at the nominal input size the FLOPs are counted for (batch 1, 64×64 latents …). */
export interface Tensor {
  name: string;
  shape: number[];
}

/** How a network is built: the weights' seed, an optional external data file, and `dry` to count without weights. */
export interface NetOptions extends OnnxGraphOptions {
  seed: number;
  /** Count parameters and FLOPs only: no weight is made and the graph cannot be encoded. */
  dry?: boolean;
}

type Input = Tensor | string;
const nameOf = (x: Input) => (typeof x === "string" ? x : x.name);
const product = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);

/**
 * An {@link OnnxGraph} at layer level — conv, linear, norms and activations written the way torch.onnx exports them —
 * that tracks each tensor's nominal shape and tallies the parameters and the FLOPs of Conv and MatMul (2 per
 * multiply-add; element-wise work, norms and softmax are not counted).
 */
export class NetBuilder {
  readonly graph: OnnxGraph;
  params = 0;
  flops = 0;
  private state: number;

  constructor(
    name: string,
    private readonly options: NetOptions,
  ) {
    this.graph = new OnnxGraph(name, options.seed, options);
    this.state = Math.imul(options.seed + 1, 0x9e3779b1) | 1; // xorshift32 needs a non-zero state
  }

  input(name: string, type: ElementType, dims: Dim[], nominal: number[]): Tensor {
    return { name: this.graph.input(name, type, dims), shape: nominal };
  }

  output(x: Tensor, name: string, dims: Dim[]): void {
    this.graph.node("Identity", [x.name], {}, name);
    this.graph.output(name, "float32", dims);
  }

  /** The encoded model (its big weights in the external data file, when there is one). */
  toBytes(): Uint8Array {
    if (this.options.dry) throw new Error("a dry build only counts; it has no weights to encode");
    return this.graph.toBytes();
  }

  /** A learned weight, uniform with variance 1/fanIn (as Kaiming: activations keep their scale, far from denormals). */
  weight(dims: number[], fanIn: number): string {
    const scale = Math.sqrt(3 / fanIn);
    return this.learned(dims, (a) => this.fillUniform(a, scale));
  }

  /** A learned weight of one value (a norm's scale 1 or shift 0). */
  filled(dims: number[], value: number): string {
    return this.learned(dims, (a) => a.fill(value));
  }

  /** A constant that is not a parameter (a mask, a frequency table, a scalar). */
  constant(dims: number[], values: Float32Array | number[]): string {
    return this.options.dry ? "dry" : this.graph.constant(dims, values);
  }

  scalar(value: number): string {
    return this.constant([], [value]);
  }

  int64(values: number[]): string {
    return this.graph.int64(values);
  }

  /** A node whose (first) output has the nominal `shape`. */
  op(opType: string, inputs: Input[], shape: number[], attributes: Parameters<OnnxGraph["node"]>[2] = {}): Tensor {
    return { name: this.graph.node(opType, inputs.map(nameOf), attributes), shape };
  }

  add(a: Tensor, b: Input): Tensor {
    return this.op("Add", [a, b], a.shape);
  }

  mul(a: Tensor, b: Input): Tensor {
    return this.op("Mul", [a, b], a.shape);
  }

  /** A 2D convolution (NCHW); `pads` are ONNX's [top, left, bottom, right], "same" padding by default. */
  conv(x: Tensor, out: number, options: { kernel?: number; stride?: number; pads?: number[]; bias?: boolean } = {}): Tensor {
    const { kernel = 3, stride = 1, bias = true } = options;
    const pads = options.pads ?? Array(4).fill((kernel - 1) / 2);
    const [b, c, h, w] = x.shape;
    const [ho, wo] = [Math.floor((h + pads[0] + pads[2] - kernel) / stride) + 1, Math.floor((w + pads[1] + pads[3] - kernel) / stride) + 1];
    const fanIn = c * kernel * kernel;
    const inputs = [x.name, this.weight([out, c, kernel, kernel], fanIn), ...(bias ? [this.weight([out], fanIn)] : [])];
    this.flops += 2 * b * out * ho * wo * fanIn;
    return this.op("Conv", inputs, [b, out, ho, wo], { kernel_shape: [kernel, kernel], strides: [stride, stride], pads });
  }

  /** x · W (+ b) over the last axis, as torch exports nn.Linear on a 3D input: MatMul, then Add. */
  linear(x: Tensor, out: number, bias = true): Tensor {
    const inner = x.shape[x.shape.length - 1];
    const y = this.matmul(x, this.weight([inner, out], inner), [...x.shape.slice(0, -1), out]);
    return bias ? this.add(y, this.weight([out], inner)) : y;
  }

  /** A MatMul with a nominal output `shape`; counts 2 × output size × the inner dimension. */
  matmul(a: Tensor, b: Input, shape: number[]): Tensor {
    this.flops += 2 * product(shape) * a.shape[a.shape.length - 1];
    return this.op("MatMul", [a, b], shape);
  }

  /** GroupNorm as torch exports it: Reshape to [B, groups, -1], InstanceNormalization, Reshape back, scale and shift. */
  groupNorm(x: Tensor, groups: number, epsilon: number): Tensor {
    const [b, c] = x.shape;
    const grouped = this.op("Reshape", [x, this.int64([0, groups, -1])], [b, groups, product(x.shape.slice(1)) / groups]);
    const ones = this.constant([groups], new Float32Array(groups).fill(1));
    const normed = this.op("InstanceNormalization", [grouped, ones, this.constant([groups], new Float32Array(groups))], grouped.shape, { epsilon: { float: epsilon } });
    const back = this.op("Reshape", [normed, this.op("Shape", [x], [4])], x.shape);
    return this.add(this.mul(back, this.filled([c, 1, 1], 1)), this.filled([c, 1, 1], 0));
  }

  /** LayerNorm over the last axis, decomposed as opset-13 exports write it (onnxruntime fuses it back). */
  layerNorm(x: Tensor, epsilon = 1e-5): Tensor {
    const c = x.shape[x.shape.length - 1];
    const mean = this.op("ReduceMean", [x], [...x.shape.slice(0, -1), 1], { axes: [-1] });
    const centred = this.op("Sub", [x, mean], x.shape);
    const variance = this.op("ReduceMean", [this.op("Pow", [centred, this.scalar(2)], x.shape)], mean.shape, { axes: [-1] });
    const normed = this.op("Div", [centred, this.op("Sqrt", [this.add(variance, this.scalar(epsilon))], mean.shape)], x.shape);
    return this.add(this.mul(normed, this.filled([c], 1)), this.filled([c], 0));
  }

  silu(x: Tensor): Tensor {
    return this.mul(x, this.op("Sigmoid", [x], x.shape));
  }

  /** Exact GELU as torch exports it: x · ½(1 + erf(x/√2)). */
  gelu(x: Tensor): Tensor {
    const erf = this.op("Erf", [this.op("Div", [x, this.scalar(Math.SQRT2)], x.shape)], x.shape);
    return this.mul(this.mul(x, this.add(erf, this.scalar(1))), this.scalar(0.5));
  }

  /** CLIP's quick_gelu: x · σ(1.702 x). */
  quickGelu(x: Tensor): Tensor {
    return this.mul(x, this.op("Sigmoid", [this.mul(x, this.scalar(1.702))], x.shape));
  }

  relu(x: Tensor): Tensor {
    return this.op("Relu", [x], x.shape);
  }

  private learned(dims: number[], fill: (values: Float32Array) => void): string {
    const size = product(dims);
    this.params += size;
    if (this.options.dry) return "dry";
    const values = new Float32Array(size);
    fill(values);
    return this.graph.constant(dims, values);
  }

  // xorshift32: about six times faster than the tiny model's mulberry32, which matters for 3 GB of weights.
  private fillUniform(values: Float32Array, scale: number): void {
    const k = (2 * scale) / 4294967296;
    let s = this.state;
    for (let i = 0; i < values.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      values[i] = s * k;
    }
    this.state = s;
  }
}
