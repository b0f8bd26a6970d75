export {
  checkModelServerSpec,
  inferenceService,
  manifestYaml,
  PREDICTOR_CONTAINER,
  SECRET_KEYS,
  SERVER_PORT,
  type InferenceService,
  type ModelServerSpec,
  type RolloutStep,
} from './kserve.js'
export { checkImage, checkNamespace, checkSecretName, checkServiceName } from './names.js'
