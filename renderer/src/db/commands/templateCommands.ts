// The meeting templates' writes for screens (docs/architecture.md: Writes: commands). Editing a
// template's content goes through useTemplateSaver (templates/).
import { cloneTemplate, deleteTemplate, importTemplate, restoreTemplate } from '../repositories/templateRepository';
import { noteActivity } from './activity';
import { undoable, useCommands } from './commands';

export { randomIdPart, TemplateInvalidError } from '../repositories/templateRepository';

const templateCommands = {
  importTemplate,
  cloneTemplate,
  deleteTemplate: undoable(deleteTemplate, restoreTemplate),
  noteActivity,
};

export const useTemplateCommands = () => useCommands(templateCommands);
