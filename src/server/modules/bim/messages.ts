import { defineMessages } from '../../platform/errors.js';

defineMessages({
  ifc_file_missing: { 'zh-CN': '请选择要上传的 IFC 文件', en: 'Choose an IFC file to upload' },
  ifc_too_large: { 'zh-CN': '文件超过上限（{limit} 字节）', en: 'The file is over the limit ({limit} bytes)' },
  ifc_empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  ifc_compressed: {
    'zh-CN': '不接受压缩包（.ifczip / zip）：请上传解压后的 .ifc 文件',
    en: 'Compressed files (.ifczip / zip) are not accepted: upload the unzipped .ifc file',
  },
  ifc_not_step: { 'zh-CN': '不是 IFC 文件（缺少 ISO-10303-21 文件头）', en: 'Not an IFC file (no ISO-10303-21 header)' },
  ifc_no_schema: { 'zh-CN': 'IFC 文件头中缺少 FILE_SCHEMA', en: 'The IFC header has no FILE_SCHEMA' },
  ifc_unsupported_schema: {
    'zh-CN': '不支持的 IFC 版本 {schema}（支持 IFC2X3、IFC4、IFC4X3）',
    en: 'Unsupported IFC schema {schema} (IFC2X3, IFC4 and IFC4X3 are supported)',
  },
  ifc_truncated: {
    'zh-CN': '文件不完整（缺少 END-ISO-10303-21 结尾），可能上传中断或文件损坏',
    en: 'The file is incomplete (no END-ISO-10303-21 trailer): the upload was cut off or the file is damaged',
  },
  ifc_too_complex: {
    'zh-CN': '模型超出处理资源上限（实体数量或内存）',
    en: 'The model exceeds the processing limits (entity count or memory)',
  },
  ifc_parse_failed: { 'zh-CN': 'IFC 文件解析失败', en: 'The IFC file could not be parsed' },
  ifc_timeout: { 'zh-CN': '模型处理超时', en: 'Processing the model timed out' },
  ifc_processing_lost: { 'zh-CN': '模型处理多次中断', en: 'Processing the model was interrupted repeatedly' },
  ifc_store_failed: { 'zh-CN': '保存算量结果失败', en: 'Saving the take-off failed' },
  ifc_class_format: { 'zh-CN': 'IFC 类名格式应为 IfcXxx', en: 'An IFC class name looks like IfcXxx' },
  model_not_ready: { 'zh-CN': '模型尚未处理完成', en: 'The model has not been processed yet' },
  model_geometry_pending: { 'zh-CN': '正在生成浏览用几何，请稍后重试', en: 'The viewer geometry is being prepared; try again shortly' },
  model_geometry_failed: { 'zh-CN': '生成浏览用几何失败', en: 'Preparing the viewer geometry failed' },
});
