import onnxProto, { type onnx as OnnxTypes } from "onnx-proto";

// onnx-proto is CommonJS: Node's ESM loader sees only its default export.
const { onnx } = onnxProto;

/** A tensor dimension: a fixed size or a symbolic name ("batch", "height"). */
export type Dim = number | string;
/** The element types the generated models use (float16 for the bench's half-precision check). */
export type ElementType = "float32" | "float16" | "int32" | "int64";
/** Integers become INT attributes, `{ float }` a FLOAT one. */
type Attribute = number | number[] | string | { float: number };

/** A file that takes the big initializers' bytes instead of the model file (ONNX external data, as Optimum writes). */
export interface ExternalData {
  /** The file name the model records, relative to the model file. */
  readonly location: string;
  /** Appends `bytes` and says where they went. */
  append(bytes: Uint8Array): { offset: number; length: number };
}

/** Options of a graph: an external data file for initializers of `externalMinBytes` (default 1024, as onnx) or more. */
export interface OnnxGraphOptions {
  external?: ExternalData;
  externalMinBytes?: number;
}

const DATA_TYPE: Record<ElementType, OnnxTypes.TensorProto.DataType> = {
  float32: onnx.TensorProto.DataType.FLOAT,
  float16: onnx.TensorProto.DataType.FLOAT16,
  int32: onnx.TensorProto.DataType.INT32,
  int64: onnx.TensorProto.DataType.INT64,
};

/** Builds one ONNX model (opset 13, IR 8) node by node; weights come from a seeded generator so builds repeat. */
export class OnnxGraph {
  private readonly inputs: OnnxTypes.IValueInfoProto[] = [];
  private readonly outputs: OnnxTypes.IValueInfoProto[] = [];
  private readonly nodes: OnnxTypes.INodeProto[] = [];
  private readonly initializers: OnnxTypes.ITensorProto[] = [];
  private counter = 0;
  private state: number;

  constructor(
    readonly name: string,
    seed: number,
    private readonly options: OnnxGraphOptions = {},
  ) {
    this.state = seed >>> 0;
  }

  input(name: string, type: ElementType, dims: Dim[]): string {
    this.inputs.push(valueInfo(name, type, dims));
    return name;
  }

  output(name: string, type: ElementType, dims: Dim[]): void {
    this.outputs.push(valueInfo(name, type, dims));
  }

  /** A float initializer of uniform random values in ±scale. */
  weight(dims: number[], scale: number): string {
    const size = dims.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++) values[i] = (this.random() * 2 - 1) * scale;
    return this.constant(dims, values);
  }

  /** A float initializer with the given values (a Float32Array is used as is, not copied). */
  constant(dims: number[], values: Float32Array | number[]): string {
    const name = `w${this.counter++}`;
    const raw = values instanceof Float32Array ? values : Float32Array.from(values);
    const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    const { external, externalMinBytes = 1024 } = this.options;
    if (external && bytes.byteLength >= externalMinBytes) {
      const { offset, length } = external.append(bytes);
      const externalData = [{ key: "location", value: external.location }, { key: "offset", value: String(offset) }, { key: "length", value: String(length) }];
      this.initializers.push({ name, dims, dataType: DATA_TYPE.float32, dataLocation: onnx.TensorProto.DataLocation.EXTERNAL, externalData });
    } else {
      this.initializers.push({ name, dims, dataType: DATA_TYPE.float32, rawData: bytes });
    }
    return name;
  }

  /** An int64 initializer (shapes, axes, pads). */
  int64(values: number[]): string {
    const name = `i${this.counter++}`;
    this.initializers.push({ name, dims: [values.length], dataType: DATA_TYPE.int64, int64Data: values });
    return name;
  }

  /** Adds a node and returns the name of its (first) output. */
  node(opType: string, inputs: string[], attributes: Record<string, Attribute> = {}, output?: string): string {
    const out = output ?? `t${this.counter++}`;
    const attribute = Object.entries(attributes).map(([name, value]) => attributeProto(name, value));
    this.nodes.push({ opType, input: inputs, output: [out], name: `${opType}_${this.counter++}`, attribute });
    return out;
  }

  /** Adds a node with `count` outputs (Split) and returns their names. */
  nodeOutputs(opType: string, inputs: string[], count: number, attributes: Record<string, Attribute> = {}): string[] {
    const outputs = Array.from({ length: count }, () => `t${this.counter++}`);
    const attribute = Object.entries(attributes).map(([name, value]) => attributeProto(name, value));
    this.nodes.push({ opType, input: inputs, output: outputs, name: `${opType}_${this.counter++}`, attribute });
    return outputs;
  }

  /** The encoded model file (with an external data file, the weights it holds are only referenced). */
  toBytes(): Uint8Array {
    const graph = { name: this.name, input: this.inputs, output: this.outputs, node: this.nodes, initializer: this.initializers };
    const model = onnx.ModelProto.create({
      irVersion: 8,
      opsetImport: [{ domain: "", version: 13 }],
      producerName: "promptstudio-tiny-model",
      graph,
    });
    return onnx.ModelProto.encode(model).finish();
  }

  // mulberry32: small, fast and the same on every machine.
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

function valueInfo(name: string, type: ElementType, dims: Dim[]): OnnxTypes.IValueInfoProto {
  const dim = dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType: DATA_TYPE[type], shape: { dim } } } };
}

function attributeProto(name: string, value: Attribute): OnnxTypes.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof value === "string") return { name, type: T.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: T.INTS, ints: value };
  if (typeof value === "object") return { name, type: T.FLOAT, f: value.float };
  return { name, type: T.INT, i: value };
}
