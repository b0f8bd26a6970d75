import type { Label, Task } from '../metrics/index.js'
import type { Table } from '../table/index.js'
import type { ModelManifest } from './manifest.js'

/** A model's output for every row of a table. */
export type Prediction =
  | {
      readonly task: 'classification'
      readonly classes: readonly Label[]
      /** The predicted class of each row. */
      readonly labels: Label[]
      /** One column per class, in `classes` order; absent when the flavor gives labels only. */
      readonly probabilities?: Float64Array[]
    }
  | { readonly task: 'regression'; readonly values: Float64Array }

/** A model loaded from its directory, ready to predict tables that hold its feature columns. */
export interface LoadedModel {
  /** The flavor that loaded it. */
  readonly flavor: string
  /** The library that runs it, with its version, when the flavor knows: 'onnxruntime-web 1.31.1'. */
  readonly runtime?: string
  readonly task: Task
  readonly target: string
  /** The columns it reads from a table, by name; a table may order them differently or hold more. */
  readonly features: readonly string[]
  readonly classes?: readonly Label[]
  /** Single-row predictions to time for latency; fewer for a flavor whose every call starts a process. */
  readonly latencySamples?: number
  /**
   * `input` names the table's input in messages about its columns ('data' by default). A flavor
   * whose runtime only answers asynchronously (ONNX Runtime) returns a promise: callers await.
   */
  predict(table: Table, input?: string): Prediction | Promise<Prediction>
  /** Starts a long-lived process answering one row at a time, when the model has one (a command model's `command.serve`). */
  serve?(): ServeProcess
}

/** One row of input columns in, one object (`y_pred`, `proba_<class>`) out. */
export type ServeRow = Record<string, string | number | boolean | null>

/** A running serve process: requests answered one line each, in order. */
export interface ServeProcess {
  predict(row: ServeRow): Promise<Record<string, unknown>>
  /** Ends its stdin and waits for it to exit; stops it after `graceSeconds`. */
  close(graceSeconds?: number): Promise<void>
}

/**
 * One way of storing and running a model, a plug-in of flavors/index.ts. Every code path that
 * predicts (gate scoring, training's reload check, the registry's consumers) loads through this,
 * never through a flavor's library directly, which the flavor loads only when `load` runs.
 */
export interface ModelFlavor {
  readonly name: string
  /** What running it needs besides the model directory, for the model card. */
  readonly runtime: string
  /**
   * Loads the model in `dir`, described by its manifest.yaml (undefined only for a tfjs
   * directory from before manifests). Missing or damaged files are UserErrors naming the file and `input`.
   */
  load(dir: string, manifest: ModelManifest | undefined, input: string): Promise<LoadedModel>
}
