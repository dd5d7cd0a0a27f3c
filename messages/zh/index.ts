// Messages by feature: each feature adds its file here (its top-level keys are namespaces).
import common from "./common.json";
import study from "./study.json";
import teach from "./teach.json";

const messages = { ...common, ...study, ...teach };

export default messages;
