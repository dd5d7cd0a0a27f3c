// Messages by feature: each feature adds its file here (its top-level keys are namespaces).
import common from "./common.json";

const messages = { ...common };

export default messages;
