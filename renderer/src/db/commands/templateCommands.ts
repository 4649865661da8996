// The meeting templates' writes for screens (docs/architecture.md: Writes: commands). Editing a
// template goes through useTemplateSaver and useTemplateActions (templates/).
import { importTemplate } from '../repositories/templateRepository';
import { noteActivity } from './activity';
import { useCommands } from './commands';

export { randomIdPart, TemplateInvalidError } from '../repositories/templateRepository';

const templateCommands = { importTemplate, noteActivity };

export const useTemplateCommands = () => useCommands(templateCommands);
