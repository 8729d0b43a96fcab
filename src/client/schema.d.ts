/**
 * GENERATED from GreenBuild's OpenAPI document by `npm run api:types` (scripts/api-types.ts). Do not edit by hand:
 * change the server's zod schemas and regenerate. CI runs `npm run api:types -- --check` and fails when this file is stale.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 Health check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 Sign out */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 Current user */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change password */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 试点地区 Regions */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位列表 Organisations */
        get: operations["listOrganisations"];
        put?: never;
        /** 新建单位 Create organisation */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改单位 Update organisation */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 Users */
        get: operations["listUsers"];
        put?: never;
        /** 新建用户 Create user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户详情 User */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用户 Update user */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset password */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API 令牌 API tokens */
        get: operations["listApiTokens"];
        put?: never;
        /** 创建 API 令牌 Create API token (secret shown once) */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销令牌 Revoke token */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 Audit log */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志 Export audit log (Excel, up to 100,000 rows) */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 试点项目登记 Project register (visible to the caller) */
        get: operations["listProjects"];
        put?: never;
        /** 登记项目 Register a project */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出登记表 Export the register (Excel) */
        get: operations["exportProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入模板 Import template (Excel) */
        get: operations["getProjectImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入项目 Import projects from Excel (multipart field "file"; all-or-nothing, errors name row and field) */
        post: operations["importProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目详情 Project */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改项目 Update a project */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/projects/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 参建单位 Replace participants */
        put: operations["replaceProjectParticipants"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 状态变更 Move a project along its lifecycle (实施中 / 已完工 / 已总结; review steps go through the application) */
        post: operations["transitionProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三地对比 Regions side by side (the ministry view) */
        get: operations["getProgrammesOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实施方案 Programmes of the visible regions */
        get: operations["listProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地区实施方案 A region’s programme (plan defaults when none is saved) */
        get: operations["getProgramme"];
        /** 保存实施方案 Save a region’s programme */
        put: operations["saveProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管看板 Regulator dashboard of a region */
        get: operations["getProgrammeDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/representativeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代表性检查 Representativeness of the selected set */
        get: operations["getProgrammeRepresentativeness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增节点 Add a milestone */
        post: operations["createMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除节点 Delete a milestone */
        delete: operations["deleteMilestone"];
        options?: never;
        head?: never;
        /** 修改节点 Update a milestone */
        patch: operations["updateMilestone"];
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报批次 Application rounds */
        get: operations["listRounds"];
        put?: never;
        /** 新建申报批次 Create a round (draft) */
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报批次详情 Round */
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改申报批次与评分标准 Update a round and its criteria */
        patch: operations["updateRound"];
        trace?: never;
    };
    "/api/rounds/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开放申报 Open a round */
        post: operations["openRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 截止申报 Close a round */
        post: operations["closeRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报列表 Applications visible to the caller */
        get: operations["listApplications"];
        put?: never;
        /** 提交申报 Apply with a project (enterprise) */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报详情 Application */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传申报附件 Upload an attachment (multipart field "file": PDF, JPEG or PNG, checked by content) */
        post: operations["uploadApplicationAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download an attachment */
        get: operations["downloadApplicationAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/expert-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选专家 Experts with conflict-of-interest flags */
        get: operations["listApplicationExpertCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配评审专家 Assign experts (≥3, no conflict of interest) */
        post: operations["assignApplicationExperts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/experts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤回专家 Withdraw an expert who has not scored */
        delete: operations["withdrawApplicationExpert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评审决定 Record the decision (入选 / 未入选) */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评审 My review assignments (expert) */
        get: operations["listMyReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 评分 Save or submit my scores */
        put: operations["saveReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开试点项目 Selected pilots (no sign-in) */
        get: operations["listPublicPilots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最新检查点 Latest checkpoint (C2SP tlog-checkpoint signed note) */
        get: operations["getLedgerCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/checkpoints/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 历史检查点 Checkpoint published at a tree size */
        get: operations["getLedgerCheckpointAtSize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/vkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日志公钥 Verifier key (signed-note vkey) */
        get: operations["getLedgerVerifierKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/entries/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日志条目 Canonical entry bytes (RFC 8785 JSON) */
        get: operations["getLedgerEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 包含证明 Inclusion proof (RFC 9162 §2.1.3) */
        get: operations["getLedgerInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一致性证明 Consistency proof (RFC 9162 §2.1.4) */
        get: operations["getLedgerConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日志状态 Log status and integrity */
        get: operations["getLedgerStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 完整性告警 Integrity alarms */
        get: operations["listLedgerAlarms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/alarms/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认告警 Acknowledge an alarm */
        post: operations["acknowledgeLedgerAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即校验 Run the integrity check now */
        post: operations["checkLedgerIntegrity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quality/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量追溯项目 Projects with quality records */
        get: operations["listQualityProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量记录 Quality records of a project */
        get: operations["listQualityRecords"];
        put?: never;
        /** 新建质量记录（写入追溯日志） Record and append to the ledger */
        post: operations["createQualityRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量记录详情 One quality record */
        get: operations["getQualityRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（PDF/PNG/JPEG/WebP） Upload an attachment */
        post: operations["uploadQualityAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download an attachment */
        get: operations["downloadQualityAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quality/public/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开查验 Public facts of a record (for /verify) */
        get: operations["getPublicQualityRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查表模板 Checklist templates */
        get: operations["listChecklistTemplates"];
        put?: never;
        /** 新建检查表 Create template */
        post: operations["createChecklistTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改检查表 Update template */
        patch: operations["updateChecklistTemplate"];
        trace?: never;
    };
    "/api/supervision/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监督检查列表 Inspections */
        get: operations["listInspections"];
        put?: never;
        /** 安排检查 Schedule an inspection */
        post: operations["scheduleInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查详情 Inspection */
        get: operations["getInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录检查结果 Record results */
        post: operations["recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消检查 Cancel */
        post: operations["cancelInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录问题（含照片，可同时下发整改通知单）Record a finding with photos
         * @description multipart/form-data: severity, description, itemKey?, stopWork?, lastModified (one per photo, ms), photos (JPEG/PNG/WebP files); with responsibleOrganisationId + deadline + requirement a rectification notice is issued in the same transaction.
         */
        post: operations["createFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记入质量台账 Enter into the quality ledger */
        post: operations["recordInspectionInLedger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题清单 Findings */
        get: operations["listFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下发整改通知单 Issue a rectification notice */
        post: operations["issueRectificationNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭问题（当场整改）Close a finding without notice */
        post: operations["closeFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings/{id}/stop-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 责令停工 / 复工 Impose or lift stop-work */
        post: operations["setStopWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改通知单 Rectification notice */
        get: operations["getRectificationNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 回复整改（含照片）Answer a notice with evidence
         * @description multipart/form-data: message, lastModified (one per photo, ms), photos (at least one JPEG/PNG/WebP).
         */
        post: operations["respondToRectificationNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复查通过并关闭 Verify and close */
        post: operations["closeRectificationNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复查不通过，重新整改 Reopen */
        post: operations["reopenRectificationNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监督检查看板 Open findings dashboard */
        get: operations["getSupervisionDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/projects/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可被通知的参建单位 Participants */
        get: operations["listSupervisionParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可委托的专家 Experts to entrust */
        get: operations["listSupervisionExperts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/supervision-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目监督状态（停工标记）Supervision status and stop-work flag */
        get: operations["getSupervisionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场照片 Photo */
        get: operations["downloadSupervisionPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策支持记录 Policy support received */
        get: operations["listSupportRecords"];
        put?: never;
        /** 登记政策支持 Record support granted */
        post: operations["createSupportRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改政策支持 Update */
        put: operations["updateSupportRecord"];
        post?: never;
        /** 删除政策支持 Delete */
        delete: operations["deleteSupportRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各地区政策支持汇总 Regional totals */
        get: operations["getSupportSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可关联的平台指标 Linkable indicators */
        get: operations["listCostIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目增量成本与效益 Project costs and benefits */
        get: operations["getProjectCosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/projects/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增绿色措施 Add a measure */
        post: operations["createCostMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改绿色措施 Update a measure */
        put: operations["updateCostMeasure"];
        post?: never;
        /** 删除绿色措施 Delete a measure */
        delete: operations["deleteCostMeasure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/projects/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出增量成本清单 Excel (计价依据) */
        get: operations["exportProjectCosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各地区增量成本汇总 Regional summary */
        get: operations["getCostSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** BIM 模型列表 BIM models of visible projects */
        get: operations["listBimModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可上传模型的项目 Projects the caller can see, for the model picker */
        get: operations["listBimProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/bim/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传 IFC 模型（新版本）Upload an IFC model as a new version (multipart field "file") */
        post: operations["uploadBimModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模型详情与处理进度 Model detail and processing progress */
        get: operations["getBimModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件清单 Element rows (take-off) */
        get: operations["listBimElements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看器索引：每个构件的类别、楼层、材料 Compact per-element index for the viewer (colouring, storey filter) */
        get: operations["getBimViewerIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/elements/{expressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件属性与工程量 Element properties and quantities */
        get: operations["getBimElement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/elements.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出构件清单 Excel Export the take-off to Excel */
        get: operations["exportBimElements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/geometry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模型几何（浏览用）Geometry for the viewer: triangles, placements and GlobalIds (docs/decisions/0004) */
        get: operations["getBimGeometry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 碳排放因子库 Emission factor library */
        get: operations["listCarbonFactors"];
        put?: never;
        /** 新增因子（如地区电网因子、其他强度等级混凝土）Add a factor (regional grid factor, another concrete grade…) */
        post: operations["createCarbonFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/factors/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 因子修订历史 Revisions of a factor */
        get: operations["listCarbonFactorRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/factors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修订因子（新版本）Revise a factor (adds a revision) */
        patch: operations["reviseCarbonFactor"];
        trace?: never;
    };
    "/api/carbon/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料映射规则 Material mapping rules (first match wins) */
        get: operations["listCarbonMappingRules"];
        put?: never;
        /** 新增映射规则 Add a mapping rule */
        post: operations["createCarbonMappingRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改映射规则 Change a mapping rule */
        patch: operations["updateCarbonMappingRule"];
        trace?: never;
    };
    "/api/projects/{projectId}/carbon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目隐含碳排放 Embodied carbon of a project (GB/T 51366) */
        get: operations["getProjectCarbon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出碳排放计算书 Export the carbon calculation to Excel */
        get: operations["exportProjectCarbon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 项目碳计算设置 Project carbon settings */
        put: operations["saveCarbonSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/bom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料清单 Bill of materials */
        get: operations["getCarbonBom"];
        put?: never;
        /** 导入材料清单 Excel（替换现有清单）Import a bill of materials from Excel (replaces the current one) */
        post: operations["importCarbonBom"];
        /** 清除材料清单（改用模型）Remove the bill of materials (use the model) */
        delete: operations["deleteCarbonBom"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/bom-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料清单模板 Bill-of-materials template */
        get: operations["getCarbonBomTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/energy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 施工能耗 Construction-stage energy */
        get: operations["listCarbonEnergy"];
        put?: never;
        /** 录入施工能耗 Enter construction-stage energy */
        post: operations["createCarbonEnergy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/energy/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除能耗记录 Delete an energy entry */
        delete: operations["deleteCarbonEnergy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建筑垃圾排放目标（按地区） Discharge targets by region */
        get: operations["listWasteTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/targets/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置地区排放目标 Set a region’s targets and manifest rules */
        put: operations["setWasteTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消纳场/资源化厂名录 Facilities register */
        get: operations["listWasteFacilities"];
        put?: never;
        /** 登记场所 Register a facility */
        post: operations["createWasteFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改场所 Update a facility */
        patch: operations["updateWasteFacility"];
        trace?: never;
    };
    "/api/waste/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目减量化指标排名 Regional league table */
        get: operations["listWasteLeague"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/projects.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出区域排名 Export the league table */
        get: operations["exportWasteLeague"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目建筑垃圾指标 Project waste indicators */
        get: operations["getProjectWaste"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/indicators.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出项目指标 Export project indicators */
        get: operations["exportProjectWasteIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 减量化专项方案 Waste reduction plan */
        get: operations["getWastePlan"];
        /** 保存减量化专项方案 Save the plan */
        put: operations["saveWastePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目电子联单 Manifests of a project */
        get: operations["listProjectManifests"];
        put?: never;
        /** 开具电子联单（出场） Issue a manifest at the gate */
        post: operations["createManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/manifests.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出电子联单 Export manifests */
        get: operations["exportProjectManifests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按联单号查找 Find a manifest by number */
        get: operations["lookupManifest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联单详情（含二维码） Manifest with its QR code */
        get: operations["getManifest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放行出场 Release at the gate */
        post: operations["dispatchManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 场所确认接收（过磅） Confirm receipt with the weighbridge weight */
        post: operations["receiveManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出异议（拒收） Dispute a load */
        post: operations["disputeManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/facility/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本场所待接收/已接收联单 Manifests destined to my facilities */
        get: operations["listFacilityManifests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场分类与再利用记录 On-site records */
        get: operations["listWasteRecords"];
        put?: never;
        /** 新增现场记录 Add an on-site record */
        post: operations["createWasteRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除现场记录 Delete an on-site record */
        delete: operations["deleteWasteRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/records/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 历史记录导入模板 Import template */
        get: operations["getWasteRecordTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/records/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入历史记录（全部成功或全部不导入） Import historical records, all or nothing */
        post: operations["importWasteRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建筑垃圾预警 Alerts */
        get: operations["listWasteAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目设备 Devices of a project */
        get: operations["listProjectDevices"];
        put?: never;
        /** 登记设备 Register a device (token shown once) */
        post: operations["createDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改设备 Update a device */
        patch: operations["updateDevice"];
        trace?: never;
    };
    "/api/projects/{projectId}/devices/{deviceId}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置设备令牌 Rotate the device token */
        post: operations["rotateDeviceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设备详情 Device */
        get: operations["getDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/{deviceId}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设备读数 Readings of a device (raw or minute/hour/day rollups) */
        get: operations["listDeviceReadings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/{deviceId}/rejects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 被拒数据统计 Rejected input of a device */
        get: operations["getDeviceRejects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设备批量上报 Device batch upload (JSON array or NDJSON); 2xx only after a durable write */
        post: operations["ingestReadings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目智慧工地概况 Site summary of a project */
        get: operations["getProjectSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/site/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目告警 Alarms of a project */
        get: operations["listProjectSiteAlarms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可见项目的告警 Alarms across visible projects */
        get: operations["listSiteAlarms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/alarms/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认告警 Acknowledge an alarm */
        post: operations["acknowledgeSiteAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/alarms/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭告警 Close an alarm */
        post: operations["closeSiteAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/site/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出监测数据 Export readings (streamed CSV or Excel) */
        get: operations["exportSiteReadings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实时推送 Live readings and alarms (Server-Sent Events) */
        get: operations["streamSiteLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 智慧工地总览 Regional overview of every visible site */
        get: operations["getSiteOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 告警阈值规则 Threshold rules */
        get: operations["listSiteRules"];
        put?: never;
        /** 新建阈值规则 Create a threshold rule */
        post: operations["createSiteRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改阈值规则 Update a threshold rule */
        patch: operations["updateSiteRule"];
        trace?: never;
    };
    "/api/site/factor-aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HJ 212 因子别名 Vendor factor aliases */
        get: operations["listFactorAliases"];
        /** 修改因子别名 Replace the vendor factor aliases */
        put: operations["replaceFactorAliases"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件类型与模数规则 Component types and their modules */
        get: operations["listComponentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/specs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件库规格 Library specs */
        get: operations["listComponentSpecs"];
        put?: never;
        /** 新增规格 Add a spec */
        post: operations["createComponentSpec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/specs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 规格详情 One spec */
        get: operations["getComponentSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改规格 Change a spec */
        patch: operations["updateComponentSpec"];
        trace?: never;
    };
    "/api/components/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 模数检查 Check dimensions against GB/T 50002 */
        post: operations["checkComponentDimensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入构件库 Excel（全部成功或全部不导入） Import the library from Excel, all or nothing */
        post: operations["importComponentLibrary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入记录 Import history */
        get: operations["listComponentImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出构件库 Excel Export the library */
        get: operations["exportComponentLibrary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目构件标准化指标 Standardisation KPIs of a project */
        get: operations["getProjectComponentSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/non-standard-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 非标准构件的模型 GlobalId（三维高亮用） GlobalIds of the non-standard instances, for the 3D highlight */
        get: operations["listNonStandardElements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目构件实例 Component instances of a project */
        get: operations["listComponentInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件识别规则 Recognition rules */
        get: operations["getComponentSettings"];
        /** 设置构件识别规则 Set recognition rules */
        put: operations["saveComponentSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 BIM 模型识别预制构件 Recognise components in the latest BIM model */
        post: operations["extractComponents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入构件清单 Excel（全部成功或全部不导入） Import a component schedule */
        post: operations["importComponentSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prefab-ratio/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 装配率计算器（比例为 0–1 小数，null 表示该项不适用计入 Q4） Prefabrication ratio calculator */
        post: operations["calculatePrefabRatio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prefab/score-tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 装配率评分表（按地区、版本） Score tables */
        get: operations["listPrefabScoreTables"];
        put?: never;
        /** 新增地区评分表版本 Add a regional score table version */
        post: operations["createPrefabScoreTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/prefab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目装配率计算表 Prefabrication ratio sheet of a project */
        get: operations["getPrefabSheet"];
        /** 保存装配率输入 Save the prefabrication inputs */
        put: operations["savePrefabSheet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/prefab/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出装配率计算表 Excel Export the sheet */
        get: operations["exportPrefabSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prefab/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 装配式与标准化项目一览 Projects with standardisation and prefabrication figures */
        get: operations["listPrefabProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/indicator-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可关联的平台指标 Indicators a target can link to */
        get: operations["listPlanningIndicatorOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 措施库 Measure library (national + regional) */
        get: operations["listPlanningMeasures"];
        put?: never;
        /** 新增措施 Add a measure */
        post: operations["createPlanningMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或停用措施 Edit or retire a measure */
        patch: operations["updatePlanningMeasure"];
        trace?: never;
    };
    "/api/planning/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 绿色策划列表 Plans of the projects in scope */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目绿色策划（含计划与实际） A project’s plan, against actual */
        get: operations["getPlan"];
        /** 编制或修改绿色策划 Draft or change the plan */
        put: operations["savePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 Submit for review */
        post: operations["submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 Withdraw */
        post: operations["withdrawPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Approve */
        post: operations["approvePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 Return */
        post: operations["returnPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经验做法库（管理） Practices, drafts included */
        get: operations["listPractices"];
        put?: never;
        /** 新增经验做法 Record a practice */
        post: operations["createPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标签 Tags in use */
        get: operations["listPracticeTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经验做法 One practice */
        get: operations["getPractice"];
        put?: never;
        post?: never;
        /** 删除草稿 Delete a draft */
        delete: operations["deletePractice"];
        options?: never;
        head?: never;
        /** 修改经验做法 Edit a practice */
        patch: operations["updatePractice"];
        trace?: never;
    };
    "/api/practices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布 Publish */
        post: operations["publishPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回发布 Unpublish */
        post: operations["unpublishPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证材料（PDF/PNG/JPEG/WebP） Upload evidence */
        post: operations["uploadPracticeAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料 Download evidence */
        get: operations["downloadPracticeAttachment"];
        put?: never;
        post?: never;
        /** 删除佐证材料 Delete evidence */
        delete: operations["deletePracticeAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可复制推广经验（公开） Published practices */
        get: operations["listPublicPractices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经验做法（公开） One published practice */
        get: operations["getPublicPractice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/practices/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料（公开） Download published evidence */
        get: operations["downloadPublicPracticeAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价方案 Evaluation schemes (all versions) */
        get: operations["listEvaluationSchemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/schemes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价方案详情 A scheme version with its document */
        get: operations["getEvaluationScheme"];
        /** 修改方案（已使用的方案生成新版本） Edit a scheme; a frozen one makes version+1 */
        put: operations["updateEvaluationScheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/schemes/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复制方案到地区 Clone a scheme into a region */
        post: operations["cloneEvaluationScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价方案 The scheme a project is evaluated under */
        get: operations["getProjectEvaluationScheme"];
        /** 指定项目评价方案 Choose a project's scheme */
        put: operations["setProjectEvaluationScheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价列表 Evaluations of a project, with the project result */
        get: operations["listProjectEvaluations"];
        put?: never;
        /** 开启评价（月度自评 / 阶段专家评价 / 最终评价） Open an evaluation */
        post: operations["openEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价结果 Batch → stage → project result */
        get: operations["getProjectEvaluationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价详情（每项输入可查） An evaluation with every input */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 刷新自动指标 Refill indicator items */
        post: operations["refreshEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填写评价指标（自评得分或不适用） Enter an item score or 不适用 */
        put: operations["saveEvaluationItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传证据（PDF/PNG/JPEG/WebP） Upload evidence for an item */
        post: operations["uploadEvaluationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证据 Download evidence */
        get: operations["downloadEvaluationEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/experts/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选专家（利益冲突标记） Expert candidates */
        get: operations["listEvaluationExpertCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配评价专家（利益冲突回避） Assign experts */
        post: operations["assignEvaluationExperts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/expert-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 专家评分（保存或提交） Expert scores */
        put: operations["saveExpertScores"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评价任务 My assigned evaluations */
        get: operations["listMyEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交评价 Submit */
        post: operations["submitEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭评价（冻结输入和结果） Close and freeze */
        post: operations["closeEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按冻结输入重算 Recompute from frozen inputs */
        post: operations["recomputeEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价排名 Ranking of pilot projects */
        get: operations["getEvaluationRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策建议 Policy recommendations of a region */
        get: operations["getRegionPolicies"];
        /** 保存政策建议 Save policy recommendations */
        put: operations["saveRegionPolicies"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价报告 PDF */
        get: operations["getProjectEvaluationReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价报告 Excel */
        get: operations["getProjectEvaluationReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域总结评估数据 Regional summary data */
        get: operations["getRegionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/summary.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域总结评估报告 PDF */
        get: operations["getRegionSummaryPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域总结评估报告 Excel */
        get: operations["getRegionSummaryXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标目录 Indicator catalogue */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 动态跟踪看板 Regional dashboard: rankings, distributions, projects × indicators with traffic lights */
        get: operations["getTrackingDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三地指标对比 Ministry view comparing the regions */
        get: operations["compareTrackingRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警 Early warnings of the visible projects */
        get: operations["listTrackingWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标趋势 Monthly series per indicator with plan targets */
        get: operations["getProjectTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目预警 Early warnings of a project */
        get: operations["listProjectWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/snapshots/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重算月度快照 Recompute the monthly snapshots of a project */
        post: operations["recomputeProjectSnapshots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/manual-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 手工填报指标 Manually entered indicator values */
        get: operations["listManualValues"];
        put?: never;
        /** 填报手工指标（附证明材料） Enter a value with evidence */
        post: operations["createManualValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传证明材料（PDF/PNG/JPEG） Upload an evidence file */
        post: operations["uploadTrackingEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证明材料 Download an evidence file */
        get: operations["downloadTrackingEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/defaults/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 默认值采用记录 Which regions adopted which defaults */
        get: operations["listDefaultAdoptions"];
        put?: never;
        /** 采用默认值（或修改后采用）Adopt a default for a region, as published or with the region’s value */
        post: operations["adoptDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/defaults/adoptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤回采用 Withdraw a region’s adoption */
        delete: operations["withdrawDefaultAdoption"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every 4xx/5xx answer: {"error":{"code","message","details"}} */
        Error: {
            error: {
                /** @description Stable machine code, e.g. validation_failed, not_found, forbidden */
                code: string;
                /** @description Text for people, in the language of Accept-Language (zh-CN default, en) */
                message: string;
                /** @description One entry per rejected field (validation), or per rejected row (imports) */
                details: {
                    /** @description Field path, e.g. body.participants.0.role; empty for the whole request */
                    path: string;
                    code: string;
                    message: string;
                }[];
            };
        };
        ProjectRow: {
            id: string;
            code: string;
            name: string;
            region: string;
            regionCode: string;
            regionName: string | null;
            /** @enum {string} */
            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
            /** @enum {string} */
            category: "building" | "municipal";
            structureType: string | null;
            useType: string | null;
            isRenewal: boolean;
            isPrefabricated: boolean;
            address: string | null;
            latitude: number | null;
            longitude: number | null;
            floorAreaM2: number | null;
            lengthM: number | null;
            investmentWanYuan: number | null;
            organisationModel: string | null;
            plannedStart: string | null;
            plannedFinish: string | null;
            actualStart: string | null;
            actualFinish: string | null;
            ownerOrganisationId: string;
            ownerOrganisationName: string | null;
            description: string | null;
            isDemo: boolean;
            updatedAt: string;
        };
        ProjectDetail: {
            id: string;
            code: string;
            name: string;
            region: string;
            regionCode: string;
            regionName: string | null;
            /** @enum {string} */
            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
            /** @enum {string} */
            category: "building" | "municipal";
            structureType: string | null;
            useType: string | null;
            isRenewal: boolean;
            isPrefabricated: boolean;
            address: string | null;
            latitude: number | null;
            longitude: number | null;
            floorAreaM2: number | null;
            lengthM: number | null;
            investmentWanYuan: number | null;
            organisationModel: string | null;
            plannedStart: string | null;
            plannedFinish: string | null;
            actualStart: string | null;
            actualFinish: string | null;
            ownerOrganisationId: string;
            ownerOrganisationName: string | null;
            description: string | null;
            isDemo: boolean;
            updatedAt: string;
            participants: {
                organisationId: string;
                organisationName: string;
                /** @enum {string} */
                role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
            }[];
            allowedTransitions: ("applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised")[];
            history: {
                at: string;
                actorName: string;
                from: string | null;
                to: string | null;
                note: string | null;
            }[];
            canEdit: boolean;
        };
        WastePlan: {
            projectId: string;
            exists: boolean;
            estimates: {
                stage: string;
                category: string;
                tonnes: number;
            }[];
            measures: {
                title: string;
                detail?: string;
            }[];
            targetOverride: number | null;
            /** @enum {string} */
            estimateBasis: "generated" | "discharged";
            progressPercent: number | null;
            notes: string | null;
            regionalTarget: {
                targetTPer10kM2: number;
                /** @enum {string} */
                basis: "conventional" | "prefabricated";
                configId: string;
            };
            updatedAt: string | null;
        };
        WasteFacility: {
            id: string;
            organisationId: string;
            organisationName: string | null;
            name: string;
            /** @enum {string} */
            kind: "recycling" | "disposal";
            regionCode: string;
            address: string | null;
            licenceNo: string | null;
            licenceValidFrom: string | null;
            licenceValidUntil: string | null;
            /** @enum {string} */
            licenceStatus: "valid" | "expiring" | "expired" | "unlicensed";
            acceptedCategories: string[];
            dailyCapacityTonnes: number | null;
            active: boolean;
            isDemo: boolean;
        };
        Manifest: {
            id: string;
            number: string;
            projectId: string;
            projectName: string | null;
            projectCode: string | null;
            regionCode: string;
            facilityId: string;
            facilityName: string;
            /** @enum {string} */
            facilityKind: "recycling" | "disposal";
            category: string;
            subClass: string | null;
            stage: string;
            route: string;
            vehiclePlate: string;
            driverName: string;
            driverPhone: string | null;
            /** @enum {string} */
            gateWeighing: "estimated" | "weighed";
            gateTonnes: number;
            /** @enum {string} */
            state: "created" | "in_transit" | "received" | "disputed" | "expired";
            createdAt: string;
            dispatchedAt: string | null;
            closedAt: string | null;
            weighbridgeTonnes: number | null;
            disputeReason: string | null;
            notes: string | null;
            alerts: {
                /** @enum {string} */
                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                details: {
                    [key: string]: unknown;
                };
            }[];
        };
        ManifestDetail: {
            id: string;
            number: string;
            projectId: string;
            projectName: string | null;
            projectCode: string | null;
            regionCode: string;
            facilityId: string;
            facilityName: string;
            /** @enum {string} */
            facilityKind: "recycling" | "disposal";
            category: string;
            subClass: string | null;
            stage: string;
            route: string;
            vehiclePlate: string;
            driverName: string;
            driverPhone: string | null;
            /** @enum {string} */
            gateWeighing: "estimated" | "weighed";
            gateTonnes: number;
            /** @enum {string} */
            state: "created" | "in_transit" | "received" | "disputed" | "expired";
            createdAt: string;
            dispatchedAt: string | null;
            closedAt: string | null;
            weighbridgeTonnes: number | null;
            disputeReason: string | null;
            notes: string | null;
            alerts: {
                /** @enum {string} */
                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                details: {
                    [key: string]: unknown;
                };
            }[];
            confirmUrl: string;
            qrSvg: string;
            qrPng: string;
            canReceive: boolean;
            canDispatch: boolean;
        };
        WasteSiteRecord: {
            id: string;
            projectId: string;
            /** @enum {string} */
            kind: "sorted" | "reused" | "historical";
            recordDate: string;
            stage: string;
            category: string;
            subClass: string | null;
            route: string | null;
            tonnes: number;
            reference: string | null;
            notes: string | null;
            importBatch: string | null;
            createdAt: string;
        };
        ProjectWaste: {
            project: {
                id: string;
                code: string;
                name: string;
                regionCode: string;
                floorAreaM2: number | null;
                isPrefabricated: boolean;
                status: string;
            };
            intensity: {
                asOf: string;
                floorAreaM2: number | null;
                /** @description t/万m²; null without a floor area */
                intensity: number | null;
                tonnes: number;
                excludedTonnes: number;
                byStage: {
                    [key: string]: {
                        tonnes: number;
                        intensity: number | null;
                    };
                };
                target: {
                    applied: number;
                    regional: number;
                    /** @enum {string} */
                    basis: "conventional" | "prefabricated";
                    configId: string;
                    fromPlan: boolean;
                };
                meetsTarget: boolean | null;
            };
            recycling: {
                generatedTonnes: number;
                reusedOnSiteTonnes: number;
                recycledTonnes: number;
                recoveredTonnes: number;
                rate: number | null;
                ratePercent: number | null;
            };
            confirmation: {
                dispatched: number;
                received: number;
                disputed: number;
                expired: number;
                pending: number;
                overdue: number;
                rate: number | null;
                ratePercent: number | null;
            };
            actualVsEstimate: {
                /** @enum {string} */
                basis: "generated" | "discharged";
                byStage: {
                    [key: string]: {
                        estimatedTonnes: number;
                        actualTonnes: number;
                        varianceTonnes: number;
                        variancePercent: number | null;
                    };
                };
                total: {
                    estimatedTonnes: number;
                    actualTonnes: number;
                    varianceTonnes: number;
                    variancePercent: number | null;
                };
            } | null;
            forecast: {
                forecastTonnes: number;
                forecastIntensity: number;
                targetTPer10kM2: number;
                allowanceTonnes: number;
                remainingAllowanceTonnes: number;
                exceedsTarget: boolean;
                progressPercent: number;
            } | null;
            /** @description Discharged tonnes by category, then stage */
            byStageCategory: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            monthly: {
                month: string;
                byCategory: {
                    [key: string]: number;
                };
                total: number;
            }[];
            monthlyUnit: string;
            plan: {
                exists: boolean;
                progressPercent: number | null;
                /** @enum {string} */
                estimateBasis: "generated" | "discharged";
            };
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
            regionCode: string | null;
            creditCode: string | null;
            isDemo: boolean;
            createdAt: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
            organisationId: string | null;
            organisationName: string | null;
            regionCode: string | null;
            phone: string | null;
            email: string | null;
            active: boolean;
            isDemo: boolean;
            createdAt: string;
        };
        CurrentUser: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
            organisationId: string | null;
            organisationName: string | null;
            regionCode: string | null;
            regionName: string | null;
            mustChangePassword: boolean;
        };
        ApplicationRound: {
            id: string;
            regionCode: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            closesOn: string | null;
            openedAt: string | null;
            closedAt: string | null;
            criteria: {
                id: string;
                seq: number;
                name: string;
                description: string | null;
                maxScore: number;
            }[];
            applications: number;
            maxTotal: number;
        };
        Application: {
            id: string;
            roundId: string;
            roundTitle: string;
            regionCode: string;
            projectId: string;
            projectCode: string;
            projectName: string;
            projectStatus: string;
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "submitted" | "reviewing" | "decided";
            decision: ("selected" | "rejected") | null;
            submittedAt: string;
            attachments: number;
            expertsAssigned: number | null;
            reviewsSubmitted: number | null;
            meanTotal: number | null;
            myAssignmentId: string | null;
            myReviewStatus: string | null;
        };
        ApplicationDetail: {
            id: string;
            roundId: string;
            roundTitle: string;
            regionCode: string;
            projectId: string;
            projectCode: string;
            projectName: string;
            projectStatus: string;
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "submitted" | "reviewing" | "decided";
            decision: ("selected" | "rejected") | null;
            submittedAt: string;
            attachments: number;
            expertsAssigned: number | null;
            reviewsSubmitted: number | null;
            meanTotal: number | null;
            myAssignmentId: string | null;
            myReviewStatus: string | null;
            decisionNote: string | null;
            decidedAt: string | null;
            project: components["schemas"]["ProjectRow"];
            criteria: {
                id: string;
                seq: number;
                name: string;
                description: string | null;
                maxScore: number;
            }[];
            maxTotal: number;
            attachmentList: {
                id: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                uploadedAt: string;
            }[];
            assignments: {
                id: string;
                expertUserId: string;
                expertName: string;
                expertOrganisation: string | null;
                /** @enum {string} */
                status: "assigned" | "submitted";
                comment: string | null;
                submittedAt: string | null;
                scores: {
                    criterionId: string;
                    score: number;
                }[];
                total: number | null;
            }[];
            aggregate: {
                submitted: number;
                assigned: number;
                meanTotal: number | null;
                minTotal: number | null;
                maxTotal: number | null;
                byCriterion: {
                    criterionId: string;
                    name: string;
                    maxScore: number;
                    mean: number | null;
                }[];
            } | null;
        };
        ChecklistTemplate: {
            /** Format: uuid */
            id: string;
            regionCode: string | null;
            /** @enum {string} */
            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
            name: string;
            items: {
                key: string;
                text: string;
                basis?: string;
            }[];
            active: boolean;
            version: number;
            updatedAt: string;
        };
        Inspection: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            projectCode: string | null;
            projectName: string | null;
            regionCode: string;
            /** Format: uuid */
            templateId: string;
            /** @enum {string} */
            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
            title: string;
            /** @enum {string} */
            stage: "planning" | "design" | "construction" | "delivery";
            scheduledOn: string;
            /** @enum {string} */
            status: "scheduled" | "recorded" | "cancelled";
            inspectedAt: string | null;
            results: {
                key: string;
                text: string;
                /** @enum {string} */
                result: "pass" | "fail" | "na";
                note?: string;
            }[];
            summary: string | null;
            expertIds: string[];
            ledgerIndex: number | null;
            ledgeredAt: string | null;
            createdAt: string;
        };
        RectificationNotice: {
            /** Format: uuid */
            id: string;
            code: string;
            /** Format: uuid */
            findingId: string;
            /** Format: uuid */
            projectId: string;
            regionCode: string;
            /** Format: uuid */
            responsibleOrganisationId: string;
            responsibleOrganisationName?: string | null;
            requirement: string;
            deadline: string;
            /** @enum {string} */
            status: "issued" | "responded" | "closed" | "reopened";
            overdue: boolean;
            escalationLevel: number;
            escalatedAt: string | null;
            closedAt: string | null;
            createdAt: string;
        };
        Finding: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            /** Format: uuid */
            projectId: string;
            regionCode: string;
            itemKey: string | null;
            /** @enum {string} */
            severity: "general" | "major" | "serious";
            description: string;
            /** @enum {string} */
            status: "open" | "closed";
            stopWork: boolean;
            stopWorkActive: boolean;
            stopWorkLiftedAt: string | null;
            closedAt: string | null;
            createdAt: string;
            photos: {
                /** Format: uuid */
                id: string;
                url: string;
                contentType: string;
                sizeBytes: number;
                sha256: string;
                originalName: string | null;
                capturedAt: string;
                /** @enum {string} */
                capturedSource: "exif" | "client" | "received";
            }[];
            notice: components["schemas"]["RectificationNotice"] | null;
        };
        BimModel: {
            id: string;
            projectId: string;
            projectCode: string | null;
            projectName: string | null;
            version: number;
            fileName: string;
            sizeBytes: number;
            ifcSchema: string;
            /** @enum {string} */
            status: "queued" | "processing" | "ready" | "failed";
            progress: number;
            stage: string | null;
            errorCode: string | null;
            errorMessage: string | null;
            uploadedByName: string;
            /** Format: date-time */
            createdAt: string;
            processedAt: string | null;
            processingMs: number | null;
            elementCount: number | null;
            isDemo: boolean;
        };
        /** @description A node of the IFC spatial structure (site, building, storey, space) with its children */
        SpatialNode: {
            expressId: number;
            globalId: string;
            entity: string;
            name: string | null;
            longName: string | null;
            elevation: number | null;
            area: number | null;
            elementCount: number;
            children: components["schemas"]["SpatialNode"][];
        };
        BimModelDetail: {
            id: string;
            projectId: string;
            projectCode: string | null;
            projectName: string | null;
            version: number;
            fileName: string;
            sizeBytes: number;
            ifcSchema: string;
            /** @enum {string} */
            status: "queued" | "processing" | "ready" | "failed";
            progress: number;
            stage: string | null;
            errorCode: string | null;
            errorMessage: string | null;
            uploadedByName: string;
            /** Format: date-time */
            createdAt: string;
            processedAt: string | null;
            processingMs: number | null;
            elementCount: number | null;
            isDemo: boolean;
            sha256: string;
            spatial: components["schemas"]["SpatialNode"][] | null;
            summary: {
                counts: {
                    [key: string]: number;
                };
                entities: {
                    [key: string]: number;
                };
                quantities: {
                    [key: string]: {
                        count: number;
                        volume: number;
                        area: number;
                        declaredCount: number;
                        geometryCount: number;
                        bothCount: number;
                        bothDeclaredVolume: number;
                        bothGeometryVolume: number;
                    };
                };
                materials: string[];
                entityTotal: number;
                timings?: {
                    [key: string]: number;
                };
                takeoffFallback?: string;
            } | null;
            storeys: string[];
            classes: string[];
        };
        BimElement: {
            expressId: number;
            globalId: string;
            ifcClass: string;
            entity: string;
            name: string | null;
            objectType: string | null;
            tag: string | null;
            storey: string | null;
            material: string | null;
            materials: {
                name: string;
                share: number;
            }[];
            declaredVolume: number | null;
            declaredArea: number | null;
            geometryVolume: number | null;
            geometrySurfaceArea: number | null;
            volume: number | null;
            area: number | null;
            volumeSource: ("declared" | "geometry") | null;
            volumeDifference: number | null;
        };
        BimElementDetail: {
            expressId: number;
            globalId: string;
            ifcClass: string;
            entity: string;
            name: string | null;
            objectType: string | null;
            tag: string | null;
            storey: string | null;
            material: string | null;
            materials: {
                name: string;
                share: number;
            }[];
            declaredVolume: number | null;
            declaredArea: number | null;
            geometryVolume: number | null;
            geometrySurfaceArea: number | null;
            volume: number | null;
            area: number | null;
            volumeSource: ("declared" | "geometry") | null;
            volumeDifference: number | null;
            psets: {
                [key: string]: {
                    [key: string]: string | number | boolean | null;
                };
            };
            quantitySets: {
                [key: string]: {
                    [key: string]: number;
                };
            };
        };
        Device: {
            id: string;
            projectId: string;
            name: string;
            /** @enum {string} */
            kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
            protocols: string[];
            mn: string | null;
            hasHj212Password: boolean;
            tokenPrefix: string | null;
            metrics: string[];
            location: string | null;
            lenientCrc: boolean;
            offlineAfterS: number;
            active: boolean;
            /** @enum {string} */
            status: "online" | "offline" | "never" | "inactive";
            lastSeenAt: string | null;
            acceptedCount: number;
            rejectedCount: number;
            isDemo: boolean;
            createdAt: string;
        };
        SiteAlarm: {
            id: string;
            deviceId: string;
            projectId: string;
            deviceName: string | null;
            projectName: string | null;
            /** @enum {string} */
            kind: "threshold" | "offline";
            ruleKey: string;
            metric: string | null;
            limitValue: number | null;
            observedValue: number | null;
            /** @enum {string} */
            state: "open" | "acknowledged" | "closed";
            openedAt: string;
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
            closedAt: string | null;
            closedBy: string | null;
            note: string | null;
        };
        SiteRule: {
            id: string;
            regionCode: string | null;
            projectId: string | null;
            metric: string;
            /** @enum {string} */
            period: "all" | "day" | "night";
            limitValue: number;
            sustainedMinutes: number;
            dayStartMinute: number;
            dayEndMinute: number;
            basis: string | null;
            enabled: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ComponentSpec: {
            id: string;
            regionCode: string | null;
            /** @enum {string} */
            library: "national" | "regional";
            code: string;
            /** @enum {string} */
            type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
            name: string;
            profile: string | null;
            dimsMm: number[];
            actualDimsMm: number[];
            jointMm: number | null;
            material: string | null;
            grade: string | null;
            manufacturers: string[];
            version: string;
            /** @enum {string} */
            status: "draft" | "active" | "withdrawn";
            source: string | null;
            isDemo: boolean;
            modular: {
                applicable: boolean;
                ok: boolean | null;
                reason: string | null;
                dims: {
                    dim: string;
                    label: string;
                    dimMm: number;
                    expected: string[];
                    ok: boolean;
                    module: string | null;
                    reason: string | null;
                    nearest: {
                        module: string;
                        dimMm: number;
                        deltaMm: number;
                    }[];
                }[];
            };
            updatedAt: string;
        };
        GreenPlan: {
            project: {
                id: string;
                code: string;
                name: string;
                regionCode: string;
                status: string;
            };
            planId: string | null;
            current: {
                id: string;
                version: number;
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                createdAt: string;
                createdByName: string | null;
                updatedAt: string;
                submittedAt: string | null;
                reviewedAt: string | null;
                reviewedByName: string | null;
                reviewComment: string | null;
                approvedAt: string | null;
                aspects: {
                    /** @enum {string} */
                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                    summary: string | null;
                    targets: {
                        id: string;
                        indicatorKey: string | null;
                        indicatorName: string | null;
                        name: string;
                        targetValue: number;
                        unit: string;
                        /** @enum {string} */
                        direction: "higherIsBetter" | "lowerIsBetter";
                        dueStage: string | null;
                        dueDate: string | null;
                        note: string | null;
                        actual: number | null;
                        met: boolean | null;
                    }[];
                    measures: {
                        measureId: string;
                        measureCode: string;
                        measureTitle: string;
                        responsibleOrganisationId: string | null;
                        responsibleOrganisationName: string | null;
                        dueStage: string | null;
                        note: string | null;
                    }[];
                }[];
            } | null;
            draft: {
                id: string;
                version: number;
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                createdAt: string;
                createdByName: string | null;
                updatedAt: string;
                submittedAt: string | null;
                reviewedAt: string | null;
                reviewedByName: string | null;
                reviewComment: string | null;
                approvedAt: string | null;
                aspects: {
                    /** @enum {string} */
                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                    summary: string | null;
                    targets: {
                        id: string;
                        indicatorKey: string | null;
                        indicatorName: string | null;
                        name: string;
                        targetValue: number;
                        unit: string;
                        /** @enum {string} */
                        direction: "higherIsBetter" | "lowerIsBetter";
                        dueStage: string | null;
                        dueDate: string | null;
                        note: string | null;
                        actual: number | null;
                        met: boolean | null;
                    }[];
                    measures: {
                        measureId: string;
                        measureCode: string;
                        measureTitle: string;
                        responsibleOrganisationId: string | null;
                        responsibleOrganisationName: string | null;
                        dueStage: string | null;
                        note: string | null;
                    }[];
                }[];
            } | null;
            history: {
                id: string;
                version: number;
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                createdAt: string;
                createdByName: string | null;
                updatedAt: string;
                submittedAt: string | null;
                reviewedAt: string | null;
                reviewedByName: string | null;
                reviewComment: string | null;
                approvedAt: string | null;
                aspects: {
                    /** @enum {string} */
                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                    summary: string | null;
                    targets: {
                        id: string;
                        indicatorKey: string | null;
                        indicatorName: string | null;
                        name: string;
                        targetValue: number;
                        unit: string;
                        /** @enum {string} */
                        direction: "higherIsBetter" | "lowerIsBetter";
                        dueStage: string | null;
                        dueDate: string | null;
                        note: string | null;
                        actual: number | null;
                        met: boolean | null;
                    }[];
                    measures: {
                        measureId: string;
                        measureCode: string;
                        measureTitle: string;
                        responsibleOrganisationId: string | null;
                        responsibleOrganisationName: string | null;
                        dueStage: string | null;
                        note: string | null;
                    }[];
                }[];
            }[];
            participants: {
                organisationId: string;
                organisationName: string;
                role: string;
            }[];
            permissions: {
                edit: boolean;
                submit: boolean;
                withdraw: boolean;
                review: boolean;
            };
        };
        /** @description 评价方案 An evaluation scheme: grades, stages → elements → items, grade rules and formulas */
        EvaluationScheme: {
            id: string;
            version: number;
            name: string;
            standard: string;
            recalled?: boolean;
            note?: string;
            grades: {
                code: string;
                label: {
                    zh: string;
                    en: string;
                };
                rank: number;
            }[];
            stages: {
                id: string;
                name: string;
                weight: number;
                elements: {
                    id: string;
                    name: string;
                    weight: number;
                    bonusCap?: number;
                    items: {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "control" | "general" | "bonus";
                        maxScore: number;
                        scoring: {
                            /** @constant */
                            mode: "indicator";
                            indicator: string;
                            unit: string;
                            rule: {
                                /** @constant */
                                type: "threshold";
                                /** @enum {string} */
                                direction: "higherIsBetter" | "lowerIsBetter";
                                steps: [
                                    number,
                                    number
                                ][];
                                inclusive?: boolean;
                                otherwise?: number;
                            } | {
                                /** @constant */
                                type: "linear";
                                from: [
                                    number,
                                    number
                                ];
                                to: [
                                    number,
                                    number
                                ];
                            } | {
                                /** @constant */
                                type: "boolean";
                                whenTrue: number;
                                whenFalse: number;
                            };
                        } | {
                            /** @constant */
                            mode: "expert";
                            allowedScores?: number[];
                        } | {
                            /** @constant */
                            mode: "manual";
                            allowedScores?: number[];
                        };
                        recalled?: boolean;
                        note?: string;
                    }[];
                    recalled?: boolean;
                    note?: string;
                }[];
                recalled?: boolean;
                note?: string;
            }[];
            gradeRules: {
                grade: string;
                conditions: ({
                    /** @constant */
                    type: "allControlItemsPassed";
                } | {
                    /** @constant */
                    type: "unitScoreAtLeast";
                    min: number;
                } | {
                    /** @constant */
                    type: "stageScoreAtLeast";
                    stageId: string;
                    min: number;
                } | {
                    /** @constant */
                    type: "everyElementScoreAtLeast";
                    min: number;
                } | {
                    /** @constant */
                    type: "bonusItemsScoredPerElement";
                    min: number;
                    /** @enum {string} */
                    scope: "unit" | "stage";
                })[];
                recalled?: boolean;
                note?: string;
            }[];
            formulas: {
                elementScore: {
                    /** @constant */
                    method: "generalRatioPlusBonus";
                    generalScale: number;
                    bonusCap?: number;
                    /** @enum {string} */
                    whenNoApplicableGeneralItems: "reject" | "excludeElement";
                };
                batchScore: {
                    /** @constant */
                    method: "weightedSum";
                };
                stageScore: {
                    /** @constant */
                    method: "meanOfBatches";
                };
                unitScore: {
                    /** @constant */
                    method: "weightedSum";
                };
                rounding: {
                    reportDecimals: number;
                    /** @enum {string} */
                    compareGradesOn: "fullPrecision" | "reportedValue";
                };
            };
        };
        /** @description 评价批次结果 One batch (a dated evaluation of one stage): E = Σ element score × weight */
        BatchResult: {
            batchId: string;
            stageId: string;
            evaluatedOn: string;
            score: number;
            reportedScore: number;
            appliedWeight: number;
            elements: {
                elementId: string;
                name: string;
                weight: number;
                applicable: boolean;
                generalEarned: number;
                generalPossible: number;
                generalScore: number | null;
                bonusRaw: number;
                bonusCap: number | null;
                bonusApplied: number;
                bonusItemsScored: string[];
                score: number | null;
                reportedScore: number | null;
                items: {
                    itemId: string;
                    name: string;
                    /** @enum {string} */
                    kind: "control" | "general" | "bonus";
                    maxScore: number;
                    applicable: boolean;
                    score: number | null;
                    passed: boolean | null;
                    basis: string;
                    source: {
                        /** @constant */
                        type: "indicator";
                        indicator: string;
                        value: number | boolean;
                        asOf: string;
                        evidenceIds: string[];
                    } | {
                        /** @constant */
                        type: "expert";
                        expertId: string;
                        score: number;
                        evidenceIds: string[];
                        note?: string;
                    } | {
                        /** @constant */
                        type: "manual";
                        enteredBy: string;
                        score: number;
                        evidenceIds: string[];
                        note?: string;
                    } | {
                        /** @constant */
                        type: "notApplicable";
                        decidedBy: string;
                        reason: string;
                        evidenceIds: string[];
                    };
                }[];
            }[];
            controlFailures: {
                batchId: string;
                stageId: string;
                elementId: string;
                itemId: string;
                name: string;
            }[];
        };
        /** @description 单位工程评价结果 The final result: W = Σ stage score × weight, and the grade with its trace */
        UnitResult: {
            schemeId: string;
            schemeVersion: number;
            standard: string;
            score: number;
            reportedScore: number;
            stages: {
                stageId: string;
                name: string;
                weight: number;
                score: number;
                reportedScore: number;
                batches: components["schemas"]["BatchResult"][];
                elementMeans: {
                    elementId: string;
                    name: string;
                    meanScore: number | null;
                }[];
            }[];
            controlItemsPassed: boolean;
            controlFailures: {
                batchId: string;
                stageId: string;
                elementId: string;
                itemId: string;
                name: string;
            }[];
            grade: {
                code: string;
                label: {
                    zh: string;
                    en: string;
                };
                rank: number;
            };
            gradeDecision: {
                grade: {
                    code: string;
                    label: {
                        zh: string;
                        en: string;
                    };
                    rank: number;
                };
                /** @enum {string} */
                reason: "controlItemFailed" | "ruleMet" | "noRuleMet";
                trace: {
                    grade: string;
                    rank: number;
                    met: boolean;
                    conditions: {
                        condition: {
                            /** @constant */
                            type: "allControlItemsPassed";
                        } | {
                            /** @constant */
                            type: "unitScoreAtLeast";
                            min: number;
                        } | {
                            /** @constant */
                            type: "stageScoreAtLeast";
                            stageId: string;
                            min: number;
                        } | {
                            /** @constant */
                            type: "everyElementScoreAtLeast";
                            min: number;
                        } | {
                            /** @constant */
                            type: "bonusItemsScoredPerElement";
                            min: number;
                            /** @enum {string} */
                            scope: "unit" | "stage";
                        };
                        holds: boolean;
                        actual: number;
                        detail?: {
                            stageId?: string;
                            elementId: string;
                            value: number;
                        }[];
                    }[];
                }[];
            };
        };
        EvaluationSummary: {
            id: string;
            projectId: string;
            projectCode: string | null;
            projectName: string | null;
            schemeId: string;
            /** @enum {string} */
            kind: "monthly_self" | "stage_expert" | "final";
            period: string | null;
            stageId: string | null;
            evaluatedOn: string;
            /** @enum {string} */
            status: "open" | "submitted" | "closed";
            score: number | null;
            grade: string | null;
            submittedAt: string | null;
            closedAt: string | null;
            isDemo: boolean;
            createdAt: string;
        };
        EvaluationDetail: {
            id: string;
            projectId: string;
            projectCode: string | null;
            projectName: string | null;
            schemeId: string;
            /** @enum {string} */
            kind: "monthly_self" | "stage_expert" | "final";
            period: string | null;
            stageId: string | null;
            evaluatedOn: string;
            /** @enum {string} */
            status: "open" | "submitted" | "closed";
            score: number | null;
            grade: string | null;
            submittedAt: string | null;
            closedAt: string | null;
            isDemo: boolean;
            createdAt: string;
            scheme: {
                id: string;
                regionCode: string | null;
                code: string;
                version: number;
                name: string;
                /** @description Used by an evaluation: an edit makes version+1 */
                frozen: boolean;
                derivedFrom: string | null;
                standard: string;
                /** @description 依据: the standard the scheme follows, or 地方默认值 */
                basis: string;
                createdAt: string;
                updatedAt: string;
            };
            experts: {
                userId: string;
                displayName: string;
                /** @enum {string} */
                status: "assigned" | "submitted";
                comment: string | null;
                submittedAt: string | null;
            }[];
            evidence: {
                id: string;
                itemId: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
            }[];
            stageName: string | null;
            items: {
                itemId: string;
                elementId: string;
                elementName: string;
                elementWeight: number;
                name: string;
                /** @enum {string} */
                kind: "control" | "general" | "bonus";
                maxScore: number;
                /** @enum {string} */
                mode: "indicator" | "expert" | "manual";
                indicator: string | null;
                unit: string | null;
                allowedScores: number[] | null;
                auto: {
                    indicator: string;
                    value: number | null;
                    asOf: string;
                    reason?: string;
                } | null;
                entry: ({
                    /** @constant */
                    type: "score";
                    score: number;
                    note?: string | null;
                    by: string;
                    byName: string;
                    at: string;
                } | {
                    /** @constant */
                    type: "notApplicable";
                    reason: string;
                    by: string;
                    byName: string;
                    at: string;
                }) | null;
                expertScores: {
                    expertUserId: string;
                    expertName: string;
                    score: number;
                    comment: string | null;
                }[];
                /** @description An expert's own draft score, shown to that expert only */
                myScore: {
                    score: number;
                    comment: string | null;
                } | null;
                evidenceIds: string[];
                score: number | null;
                passed: boolean | null;
                basis: string | null;
            }[];
            missing: {
                itemId: string;
                name: string;
                reason: string;
            }[];
            issues: {
                path: string;
                message: string;
            }[];
            result: (components["schemas"]["BatchResult"] | components["schemas"]["UnitResult"]) | null;
            /** @description The batch scored from the current inputs (the stored result once closed) */
            preview: components["schemas"]["BatchResult"] | null;
            sourceEvaluationIds: string[];
        };
        EmbodiedCarbonResult: {
            /** @constant */
            unit: "kgCO2e";
            total: number;
            perM2: number | null;
            byMaterial: {
                id: string;
                name: string;
                factorId: string;
                ruleId: string | null;
                assumption?: string;
                factorConfidence: string;
                quantity: number;
                unit: string;
                factorQuantity: number;
                factorUnit: string;
                factorValue: number;
                production: number;
                massTonnes: number | null;
                distanceKm: number | null;
                transportModeId: string | null;
                transport: number;
            }[];
            byEnergy: {
                id: string;
                energyFactorId: string;
                quantity: number;
                unit: string;
                factorValue: number;
                factorConfidence: string;
                emissions: number;
            }[];
            byStage: {
                production: number;
                transport: number;
                construction: number;
            };
            unmapped: {
                /** @enum {string} */
                stage: "production" | "transport" | "construction";
                id: string;
                name: string;
                quantity: number;
                unit: string;
                reason: string;
            }[];
            unverifiedFactorsUsed: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        version: string;
                    };
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporarily unavailable; retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        version: string;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            adminCode: string | null;
                            nameZh: string;
                            nameEn: string;
                            isDemo: boolean;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                kind?: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organisation"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                    regionCode?: string | null;
                    creditCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    kind?: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                    regionCode?: string | null;
                    creditCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                regionCode?: string;
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    /** @enum {string} */
                    role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                    organisationId?: string | null;
                    regionCode?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @enum {string} */
                    role?: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                    organisationId?: string | null;
                    regionCode?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            prefix: string;
                            scopes: string[];
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("read" | "write" | "metrics" | "ingest")[];
                    /** @default 90 */
                    expiresInDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        secret: string;
                        prefix: string;
                        expiresAt: string | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                action?: string;
                entityType?: string;
                entityId?: string;
                actor?: string;
                regionCode?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actorId: string | null;
                            actorName: string;
                            actorRole: string | null;
                            action: string;
                            entityType: string;
                            entityId: string | null;
                            regionCode: string | null;
                            before: unknown;
                            after: unknown;
                            ip: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                q?: string;
                action?: string;
                entityType?: string;
                entityId?: string;
                actor?: string;
                regionCode?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                status?: string;
                category?: "building" | "municipal";
                structureType?: "concrete" | "steel" | "timber" | "composite" | "masonry" | "other";
                useType?: "residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other";
                isRenewal?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProjectRow"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name: string;
                    regionCode: string;
                    /** Format: uuid */
                    ownerOrganisationId: string;
                    /** @enum {string} */
                    category: "building" | "municipal";
                    structureType?: ("concrete" | "steel" | "timber" | "composite" | "masonry" | "other") | null;
                    useType?: ("residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other") | null;
                    isRenewal?: boolean;
                    isPrefabricated?: boolean;
                    address?: string | null;
                    latitude?: number | null;
                    longitude?: number | null;
                    floorAreaM2?: number | null;
                    lengthM?: number | null;
                    investmentWanYuan?: number | null;
                    organisationModel?: ("epc" | "whole_process_consulting" | "architect_led" | "traditional") | null;
                    plannedStart?: string | null;
                    plannedFinish?: string | null;
                    actualStart?: string | null;
                    actualFinish?: string | null;
                    description?: string | null;
                    participants?: {
                        /** Format: uuid */
                        organisationId: string;
                        /** @enum {string} */
                        role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                    }[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRow"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportProjects: {
        parameters: {
            query?: {
                q?: string;
                regionCode?: string;
                status?: string;
                category?: "building" | "municipal";
                structureType?: "concrete" | "steel" | "timber" | "composite" | "masonry" | "other";
                useType?: "residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other";
                isRenewal?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The register workbook (.xlsx)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                        codes: string[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    category?: "building" | "municipal";
                    structureType?: ("concrete" | "steel" | "timber" | "composite" | "masonry" | "other") | null;
                    useType?: ("residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other") | null;
                    isRenewal?: boolean;
                    isPrefabricated?: boolean;
                    address?: string | null;
                    latitude?: number | null;
                    longitude?: number | null;
                    floorAreaM2?: number | null;
                    lengthM?: number | null;
                    investmentWanYuan?: number | null;
                    organisationModel?: ("epc" | "whole_process_consulting" | "architect_led" | "traditional") | null;
                    plannedStart?: string | null;
                    plannedFinish?: string | null;
                    actualStart?: string | null;
                    actualFinish?: string | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRow"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceProjectParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    participants: {
                        /** Format: uuid */
                        organisationId: string;
                        /** @enum {string} */
                        role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                    }[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            organisationId: string;
                            organisationName: string;
                            role: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transitionProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRow"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgrammesOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            regionCode: string;
                            regionName: string;
                            byStatus: {
                                [key: string]: number;
                            };
                            totalProjects: number;
                            pilots: number;
                            currentPhase: string | null;
                            phases: {
                                id: string | null;
                                seq: number;
                                name: string;
                                startsOn: string;
                                endsOn: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                elapsed: number;
                                milestonesDone: number;
                                milestonesTotal: number;
                            }[];
                            overdueMilestones: {
                                id: string;
                                phaseId: string | null;
                                title: string;
                                owner: string;
                                dueOn: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "done";
                                completedOn: string | null;
                                note: string | null;
                                overdue: boolean;
                                regionCode: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            representativeness: {
                                regionCode: string;
                                rules: {
                                    minProjects: number;
                                    minStructureTypes: number;
                                    minUseTypes: number;
                                    minRenewalShare: number;
                                    requireBothCategories: boolean;
                                };
                                total: number;
                                byCategory: {
                                    [key: string]: number;
                                };
                                byStructure: {
                                    [key: string]: number;
                                };
                                byUse: {
                                    [key: string]: number;
                                };
                                renewal: number;
                                renewalShare: number;
                                warnings: {
                                    code: string;
                                    count?: number;
                                    min?: number;
                                    share?: number;
                                    category?: string;
                                }[];
                            };
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string | null;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            goals: string;
                            paths: string;
                            responsibleBodies: string;
                            safeguards: string;
                            rules: {
                                minProjects: number;
                                minStructureTypes: number;
                                minUseTypes: number;
                                minRenewalShare: number;
                                requireBothCategories: boolean;
                            };
                            phases: {
                                id: string | null;
                                seq: number;
                                name: string;
                                startsOn: string;
                                endsOn: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                elapsed: number;
                                milestonesDone: number;
                                milestonesTotal: number;
                            }[];
                            milestones: {
                                id: string;
                                phaseId: string | null;
                                title: string;
                                owner: string;
                                dueOn: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "done";
                                completedOn: string | null;
                                note: string | null;
                                overdue: boolean;
                            }[];
                            currentPhase: string | null;
                            updatedAt: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        goals: string;
                        paths: string;
                        responsibleBodies: string;
                        safeguards: string;
                        rules: {
                            minProjects: number;
                            minStructureTypes: number;
                            minUseTypes: number;
                            minRenewalShare: number;
                            requireBothCategories: boolean;
                        };
                        phases: {
                            id: string | null;
                            seq: number;
                            name: string;
                            startsOn: string;
                            endsOn: string;
                            /** @enum {string} */
                            state: "done" | "current" | "upcoming";
                            elapsed: number;
                            milestonesDone: number;
                            milestonesTotal: number;
                        }[];
                        milestones: {
                            id: string;
                            phaseId: string | null;
                            title: string;
                            owner: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "done";
                            completedOn: string | null;
                            note: string | null;
                            overdue: boolean;
                        }[];
                        currentPhase: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default  */
                    goals?: string;
                    /** @default  */
                    paths?: string;
                    /** @default  */
                    responsibleBodies?: string;
                    /** @default  */
                    safeguards?: string;
                    phases: {
                        /** Format: uuid */
                        id?: string;
                        name: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                    }[];
                    rules: {
                        minProjects: number;
                        minStructureTypes: number;
                        minUseTypes: number;
                        minRenewalShare: number;
                        requireBothCategories: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        goals: string;
                        paths: string;
                        responsibleBodies: string;
                        safeguards: string;
                        rules: {
                            minProjects: number;
                            minStructureTypes: number;
                            minUseTypes: number;
                            minRenewalShare: number;
                            requireBothCategories: boolean;
                        };
                        phases: {
                            id: string | null;
                            seq: number;
                            name: string;
                            startsOn: string;
                            endsOn: string;
                            /** @enum {string} */
                            state: "done" | "current" | "upcoming";
                            elapsed: number;
                            milestonesDone: number;
                            milestonesTotal: number;
                        }[];
                        milestones: {
                            id: string;
                            phaseId: string | null;
                            title: string;
                            owner: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "done";
                            completedOn: string | null;
                            note: string | null;
                            overdue: boolean;
                        }[];
                        currentPhase: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgrammeDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        regionName: string;
                        byStatus: {
                            [key: string]: number;
                        };
                        totalProjects: number;
                        pilots: number;
                        currentPhase: string | null;
                        phases: {
                            id: string | null;
                            seq: number;
                            name: string;
                            startsOn: string;
                            endsOn: string;
                            /** @enum {string} */
                            state: "done" | "current" | "upcoming";
                            elapsed: number;
                            milestonesDone: number;
                            milestonesTotal: number;
                        }[];
                        overdueMilestones: {
                            id: string;
                            phaseId: string | null;
                            title: string;
                            owner: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "done";
                            completedOn: string | null;
                            note: string | null;
                            overdue: boolean;
                            regionCode: string;
                        }[];
                        milestonesDone: number;
                        milestonesTotal: number;
                        representativeness: {
                            regionCode: string;
                            rules: {
                                minProjects: number;
                                minStructureTypes: number;
                                minUseTypes: number;
                                minRenewalShare: number;
                                requireBothCategories: boolean;
                            };
                            total: number;
                            byCategory: {
                                [key: string]: number;
                            };
                            byStructure: {
                                [key: string]: number;
                            };
                            byUse: {
                                [key: string]: number;
                            };
                            renewal: number;
                            renewalShare: number;
                            warnings: {
                                code: string;
                                count?: number;
                                min?: number;
                                share?: number;
                                category?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgrammeRepresentativeness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        rules: {
                            minProjects: number;
                            minStructureTypes: number;
                            minUseTypes: number;
                            minRenewalShare: number;
                            requireBothCategories: boolean;
                        };
                        total: number;
                        byCategory: {
                            [key: string]: number;
                        };
                        byStructure: {
                            [key: string]: number;
                        };
                        byUse: {
                            [key: string]: number;
                        };
                        renewal: number;
                        renewalShare: number;
                        warnings: {
                            code: string;
                            count?: number;
                            min?: number;
                            share?: number;
                            category?: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    owner: string;
                    /** Format: date */
                    dueOn: string;
                    phaseId?: string | null;
                    /**
                     * @default planned
                     * @enum {string}
                     */
                    status?: "planned" | "in_progress" | "done";
                    completedOn?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phaseId: string | null;
                        title: string;
                        owner: string;
                        dueOn: string;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "done";
                        completedOn: string | null;
                        note: string | null;
                        overdue: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    owner?: string;
                    /** Format: date */
                    dueOn?: string;
                    phaseId?: string | null;
                    /** @enum {string} */
                    status?: "planned" | "in_progress" | "done";
                    completedOn?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phaseId: string | null;
                        title: string;
                        owner: string;
                        dueOn: string;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "done";
                        completedOn: string | null;
                        note: string | null;
                        overdue: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: {
                regionCode?: string;
                status?: "draft" | "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationRound"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                    title: string;
                    closesOn?: string | null;
                    criteria?: {
                        name: string;
                        description?: string | null;
                        maxScore: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRound"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRound"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    closesOn?: string | null;
                    criteria?: {
                        name: string;
                        description?: string | null;
                        maxScore: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRound"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRound"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRound"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                roundId?: string;
                status?: "submitted" | "reviewing" | "decided";
                regionCode?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    roundId: string;
                    project: {
                        code?: string;
                        name: string;
                        regionCode?: string;
                        /** Format: uuid */
                        ownerOrganisationId?: string;
                        /** @enum {string} */
                        category: "building" | "municipal";
                        structureType?: ("concrete" | "steel" | "timber" | "composite" | "masonry" | "other") | null;
                        useType?: ("residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other") | null;
                        isRenewal?: boolean;
                        isPrefabricated?: boolean;
                        address?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        floorAreaM2?: number | null;
                        lengthM?: number | null;
                        investmentWanYuan?: number | null;
                        organisationModel?: ("epc" | "whole_process_consulting" | "architect_led" | "traditional") | null;
                        plannedStart?: string | null;
                        plannedFinish?: string | null;
                        actualStart?: string | null;
                        actualFinish?: string | null;
                        description?: string | null;
                        participants?: {
                            /** Format: uuid */
                            organisationId: string;
                            /** @enum {string} */
                            role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadApplicationAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, JPEG or PNG (checked by content)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fileName: string;
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadApplicationAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document or JPEG image or PNG image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/jpeg": Blob;
                    "image/png": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApplicationExpertCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            userId: string;
                            displayName: string;
                            username: string;
                            organisationName: string | null;
                            conflict: boolean;
                            assigned: boolean;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignApplicationExperts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expertUserIds: string[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawApplicationExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "selected" | "rejected";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            applicationId: string;
                            status: string;
                            assignedAt: string;
                            submittedAt: string | null;
                            roundTitle: string;
                            regionCode: string;
                            projectId: string;
                            projectCode: string;
                            projectName: string;
                            total: number | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: {
                        /** Format: uuid */
                        criterionId: string;
                        score: number;
                    }[];
                    comment?: string | null;
                    /** @default false */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        expertUserId: string;
                        expertName: string;
                        expertOrganisation: string | null;
                        /** @enum {string} */
                        status: "assigned" | "submitted";
                        comment: string | null;
                        submittedAt: string | null;
                        scores: {
                            criterionId: string;
                            score: number;
                        }[];
                        total: number | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPublicPilots: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            region: string;
                            regionCode: string;
                            regionName: string | null;
                            /** @enum {string} */
                            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                            /** @enum {string} */
                            category: "building" | "municipal";
                            structureType: string | null;
                            useType: string | null;
                            isRenewal: boolean;
                            isPrefabricated: boolean;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            floorAreaM2: number | null;
                            lengthM: number | null;
                            investmentWanYuan: number | null;
                            organisationModel: string | null;
                            plannedStart: string | null;
                            plannedFinish: string | null;
                            ownerOrganisationName: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint as a C2SP signed note */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerCheckpointAtSize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                size: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint published at that size, as a C2SP signed note */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerVerifierKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-note verifier key (one line) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry’s canonical JSON (RFC 8785) bytes, exactly as hashed into the log */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerInclusionProof: {
        parameters: {
            query: {
                index: number;
                treeSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        index: number;
                        treeSize: number;
                        hashes: string[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerConsistencyProof: {
        parameters: {
            query: {
                from: number;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        hashes: string[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        origin: string;
                        verifierKey: string;
                        treeSize: number;
                        rootHash: string;
                        checkpointAt: string | null;
                        lastCheck: {
                            at: string | null;
                            ok: boolean | null;
                            entriesChecked: number;
                            ms: number;
                        };
                        openAlarms: number;
                    };
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLedgerAlarms: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                open?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            raisedAt: string;
                            kind: string;
                            level: number | null;
                            index: number | null;
                            treeSize: number;
                            detail: string;
                            acknowledgedAt: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acknowledgeLedgerAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkLedgerIntegrity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    budget?: number;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        treeSize: number;
                        checkpointsVerified: number;
                        entriesChecked: number;
                        nodesChecked: number;
                        window: [
                            number,
                            number
                        ];
                        ok: boolean;
                        ms: number;
                        findings: {
                            kind: string;
                            level: number | null;
                            index: number | null;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQualityProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            status: string;
                            isPrefabricated: boolean;
                            records: number;
                            failed: number;
                            lastRecordDate: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQualityRecords: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                kind?: "material_inspection" | "component_production" | "component_installation" | "concealed_acceptance" | "stage_acceptance" | "completion_acceptance" | "test_report";
                result?: "pass" | "fail" | "rectify";
                componentId?: string;
                q?: string;
                current?: "0" | "1";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            projectId: string;
                            kind: string;
                            recordDate: string;
                            subject: string;
                            location: string | null;
                            batchNo: string | null;
                            quantity: string | null;
                            supplier: string | null;
                            componentId: string | null;
                            specId: string | null;
                            result: string;
                            inspectorName: string | null;
                            inspectorPhone: string | null;
                            notes: string | null;
                            correctsId: string | null;
                            correctedById: string | null;
                            organisationName: string | null;
                            createdAt: string;
                            ledgerIndex: number;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createQualityRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "material_inspection" | "component_production" | "component_installation" | "concealed_acceptance" | "stage_acceptance" | "completion_acceptance" | "test_report";
                    /** Format: date */
                    recordDate: string;
                    subject: string;
                    location?: string | null;
                    batchNo?: string | null;
                    quantity?: string | null;
                    supplier?: string | null;
                    componentId?: string | null;
                    specId?: string | null;
                    /** @enum {string} */
                    result: "pass" | "fail" | "rectify";
                    inspectorName?: string | null;
                    inspectorPhone?: (string | null) | "";
                    notes?: string | null;
                    correctsId?: string | null;
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        kind: string;
                        recordDate: string;
                        subject: string;
                        location: string | null;
                        batchNo: string | null;
                        quantity: string | null;
                        supplier: string | null;
                        componentId: string | null;
                        specId: string | null;
                        result: string;
                        inspectorName: string | null;
                        inspectorPhone: string | null;
                        notes: string | null;
                        correctsId: string | null;
                        correctedById: string | null;
                        organisationName: string | null;
                        createdAt: string;
                        ledgerIndex: number;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                        treeSize: number;
                        checkpoint: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQualityRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        kind: string;
                        recordDate: string;
                        subject: string;
                        location: string | null;
                        batchNo: string | null;
                        quantity: string | null;
                        supplier: string | null;
                        componentId: string | null;
                        specId: string | null;
                        result: string;
                        inspectorName: string | null;
                        inspectorPhone: string | null;
                        notes: string | null;
                        correctsId: string | null;
                        correctedById: string | null;
                        organisationName: string | null;
                        createdAt: string;
                        ledgerIndex: number;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadQualityAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, PNG, JPEG or WebP (checked by content)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fileName: string;
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadQualityAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document or PNG image or JPEG image or WebP image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicQualityRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recordId: string;
                        ledgerIndex: number;
                        kind: string;
                        recordDate: string;
                        result: string;
                        projectCode: string;
                        projectName: string;
                        componentId: string | null;
                        corrects: {
                            recordId: string;
                            ledgerIndex: number;
                        } | null;
                        supersededBy: {
                            recordId: string;
                            ledgerIndex: number;
                        } | null;
                        componentHistory: {
                            recordId: string;
                            kind: string;
                            recordDate: string;
                            result: string;
                            ledgerIndex: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listChecklistTemplates: {
        parameters: {
            query?: {
                regionCode?: string;
                topic?: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                activeOnly?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChecklistTemplate"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createChecklistTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode?: string | null;
                    /** @enum {string} */
                    topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                    name: string;
                    items: {
                        key: string;
                        text: string;
                        basis?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplate"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateChecklistTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    items?: {
                        key: string;
                        text: string;
                        basis?: string;
                    }[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplate"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInspections: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: string;
                regionCode?: string;
                status?: "scheduled" | "recorded" | "cancelled";
                topic?: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** Format: uuid */
                            templateId: string;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            title: string;
                            /** @enum {string} */
                            stage: "planning" | "design" | "construction" | "delivery";
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "scheduled" | "recorded" | "cancelled";
                            inspectedAt: string | null;
                            results: {
                                key: string;
                                text: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note?: string;
                            }[];
                            summary: string | null;
                            expertIds: string[];
                            ledgerIndex: number | null;
                            ledgeredAt: string | null;
                            createdAt: string;
                            findings: {
                                total: number;
                                open: number;
                            };
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    scheduleInspection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    projectId: string;
                    /** Format: uuid */
                    templateId: string;
                    title?: string;
                    /**
                     * @default construction
                     * @enum {string}
                     */
                    stage?: "planning" | "design" | "construction" | "delivery";
                    /** Format: date */
                    scheduledOn: string;
                    /** @default [] */
                    expertIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        projectCode: string | null;
                        projectName: string | null;
                        regionCode: string;
                        /** Format: uuid */
                        templateId: string;
                        /** @enum {string} */
                        topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                        title: string;
                        /** @enum {string} */
                        stage: "planning" | "design" | "construction" | "delivery";
                        scheduledOn: string;
                        /** @enum {string} */
                        status: "scheduled" | "recorded" | "cancelled";
                        inspectedAt: string | null;
                        results: {
                            key: string;
                            text: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note?: string;
                        }[];
                        summary: string | null;
                        expertIds: string[];
                        ledgerIndex: number | null;
                        ledgeredAt: string | null;
                        createdAt: string;
                        template: components["schemas"]["ChecklistTemplate"] | null;
                        findings: components["schemas"]["Finding"][];
                        experts: {
                            id: string;
                            displayName: string;
                        }[];
                        mayRecord: boolean;
                        mayIssue: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    inspectedAt: string;
                    results: {
                        key: string;
                        /** @enum {string} */
                        result: "pass" | "fail" | "na";
                        note?: string;
                    }[];
                    summary?: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    severity: "general" | "major" | "serious";
                    description: string;
                    itemKey?: string;
                    /** @enum {string} */
                    stopWork?: "true" | "false";
                    /** @description With deadline and requirement: a rectification notice is issued at once */
                    responsibleOrganisationId?: string;
                    /** @description ISO 8601 date-time */
                    deadline?: string;
                    requirement?: string;
                    /** @description One per photo, in order: the file’s last-modified time in ms since the epoch */
                    lastModified?: string[];
                    photos: Blob[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Finding"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordInspectionInLedger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFindings: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: string;
                regionCode?: string;
                status?: "open" | "closed";
                severity?: "general" | "major" | "serious";
                noticeStatus?: "issued" | "responded" | "closed" | "reopened";
                overdue?: "true" | "false";
                mine?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            inspectionId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            itemKey: string | null;
                            /** @enum {string} */
                            severity: "general" | "major" | "serious";
                            description: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            stopWork: boolean;
                            stopWorkActive: boolean;
                            stopWorkLiftedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                originalName: string | null;
                                capturedAt: string;
                                /** @enum {string} */
                                capturedSource: "exif" | "client" | "received";
                            }[];
                            notice: components["schemas"]["RectificationNotice"] | null;
                            projectCode: string | null;
                            projectName: string | null;
                            ageDays: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueRectificationNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    responsibleOrganisationId: string;
                    /** Format: date-time */
                    deadline: string;
                    requirement: string;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationNotice"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Finding"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setStopWork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        projectId: string;
                        stopWork: boolean;
                        since: string | null;
                        findings: {
                            findingId: string;
                            description: string;
                            since: string;
                            noticeCode: string | null;
                            noticeStatus: ("issued" | "responded" | "closed" | "reopened") | null;
                        }[];
                        openFindings: number;
                        openNotices: number;
                        overdueNotices: number;
                        maxEscalationLevel: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRectificationNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        /** Format: uuid */
                        findingId: string;
                        /** Format: uuid */
                        projectId: string;
                        regionCode: string;
                        /** Format: uuid */
                        responsibleOrganisationId: string;
                        responsibleOrganisationName?: string | null;
                        requirement: string;
                        deadline: string;
                        /** @enum {string} */
                        status: "issued" | "responded" | "closed" | "reopened";
                        overdue: boolean;
                        escalationLevel: number;
                        escalatedAt: string | null;
                        closedAt: string | null;
                        createdAt: string;
                        projectCode: string;
                        projectName: string;
                        finding: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            inspectionId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            itemKey: string | null;
                            /** @enum {string} */
                            severity: "general" | "major" | "serious";
                            description: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            stopWork: boolean;
                            stopWorkActive: boolean;
                            stopWorkLiftedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                originalName: string | null;
                                capturedAt: string;
                                /** @enum {string} */
                                capturedSource: "exif" | "client" | "received";
                            }[];
                        };
                        events: {
                            id: number;
                            /** @enum {string} */
                            kind: "issued" | "responded" | "closed" | "reopened" | "escalated";
                            fromStatus: string | null;
                            toStatus: string | null;
                            escalationLevel: number | null;
                            comment: string | null;
                            deadline: string | null;
                            actorName: string;
                            organisationId: string | null;
                            at: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                originalName: string | null;
                                capturedAt: string;
                                /** @enum {string} */
                                capturedSource: "exif" | "client" | "received";
                            }[];
                        }[];
                        mayRespond: boolean;
                        mayVerify: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    respondToRectificationNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    message: string;
                    /** @description One per photo, in order: the file’s last-modified time in ms since the epoch */
                    lastModified?: string[];
                    photos: Blob[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationNotice"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeRectificationNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationNotice"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reopenRectificationNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    /** Format: date-time */
                    deadline: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationNotice"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionDashboard: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openFindings: number;
                        bySeverity: {
                            general: number;
                            major: number;
                            serious: number;
                        };
                        overdueNotices: number;
                        openNotices: number;
                        stopWorkProjects: number;
                        byAge: {
                            general: number;
                            major: number;
                            serious: number;
                            bucket: string;
                        }[];
                        byRegion: {
                            regionCode: string;
                            open: number;
                            overdue: number;
                            serious: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSupervisionParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            roles: string[];
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSupervisionExperts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                            organisationName: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        projectId: string;
                        stopWork: boolean;
                        since: string | null;
                        findings: {
                            findingId: string;
                            description: string;
                            since: string;
                            noticeCode: string | null;
                            noticeStatus: ("issued" | "responded" | "closed" | "reopened") | null;
                        }[];
                        openFindings: number;
                        openNotices: number;
                        overdueNotices: number;
                        maxEscalationLevel: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadSupervisionPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: JPEG image or PNG image or WebP image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSupportRecords: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: string;
                regionCode?: string;
                kind?: "reward" | "finance" | "land" | "approval" | "award";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** @enum {string} */
                            kind: "reward" | "finance" | "land" | "approval" | "award";
                            grantedOn: string;
                            grantedBy: string | null;
                            documentNo: string | null;
                            amountWanYuan: number | null;
                            batch: string | null;
                            lender: string | null;
                            product: string | null;
                            rateDiscountPct: number | null;
                            landParcel: string | null;
                            landAreaM2: number | null;
                            approvalName: string | null;
                            standardDays: number | null;
                            actualDays: number | null;
                            daysSaved: number | null;
                            awardName: string | null;
                            awardLevel: string | null;
                            note: string | null;
                            isDemo: boolean;
                            createdAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSupportRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "reward";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    amountWanYuan: number;
                    batch?: string | null;
                } | {
                    /** @enum {string} */
                    kind: "finance";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    lender: string;
                    product?: string | null;
                    amountWanYuan: number;
                    rateDiscountPct?: number | null;
                } | {
                    /** @enum {string} */
                    kind: "land";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    landParcel: string;
                    landAreaM2?: number | null;
                } | {
                    /** @enum {string} */
                    kind: "approval";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    approvalName: string;
                    standardDays: number;
                    actualDays: number;
                } | {
                    /** @enum {string} */
                    kind: "award";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    awardName: string;
                    awardLevel?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        projectCode: string | null;
                        projectName: string | null;
                        regionCode: string;
                        /** @enum {string} */
                        kind: "reward" | "finance" | "land" | "approval" | "award";
                        grantedOn: string;
                        grantedBy: string | null;
                        documentNo: string | null;
                        amountWanYuan: number | null;
                        batch: string | null;
                        lender: string | null;
                        product: string | null;
                        rateDiscountPct: number | null;
                        landParcel: string | null;
                        landAreaM2: number | null;
                        approvalName: string | null;
                        standardDays: number | null;
                        actualDays: number | null;
                        daysSaved: number | null;
                        awardName: string | null;
                        awardLevel: string | null;
                        note: string | null;
                        isDemo: boolean;
                        createdAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSupportRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "reward";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    amountWanYuan: number;
                    batch?: string | null;
                } | {
                    /** @enum {string} */
                    kind: "finance";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    lender: string;
                    product?: string | null;
                    amountWanYuan: number;
                    rateDiscountPct?: number | null;
                } | {
                    /** @enum {string} */
                    kind: "land";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    landParcel: string;
                    landAreaM2?: number | null;
                } | {
                    /** @enum {string} */
                    kind: "approval";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    approvalName: string;
                    standardDays: number;
                    actualDays: number;
                } | {
                    /** @enum {string} */
                    kind: "award";
                    /** Format: uuid */
                    projectId: string;
                    /** Format: date */
                    grantedOn: string;
                    grantedBy?: string | null;
                    documentNo?: string | null;
                    note?: string | null;
                    awardName: string;
                    awardLevel?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        projectCode: string | null;
                        projectName: string | null;
                        regionCode: string;
                        /** @enum {string} */
                        kind: "reward" | "finance" | "land" | "approval" | "award";
                        grantedOn: string;
                        grantedBy: string | null;
                        documentNo: string | null;
                        amountWanYuan: number | null;
                        batch: string | null;
                        lender: string | null;
                        product: string | null;
                        rateDiscountPct: number | null;
                        landParcel: string | null;
                        landAreaM2: number | null;
                        approvalName: string | null;
                        standardDays: number | null;
                        actualDays: number | null;
                        daysSaved: number | null;
                        awardName: string | null;
                        awardLevel: string | null;
                        note: string | null;
                        isDemo: boolean;
                        createdAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSupportRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupportSummary: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            regionCode: string;
                            projectsSupported: number;
                            rewardCount: number;
                            rewardWanYuan: number;
                            financeCount: number;
                            financeWanYuan: number;
                            avgRateDiscountPct: number | null;
                            landCount: number;
                            landAreaM2: number;
                            approvalCount: number;
                            approvalDaysSaved: number;
                            avgDaysSavedPerApproval: number | null;
                            awardCount: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCostIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            label: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            quantityUnit: string;
                            needsBaseline: boolean;
                            baselineHint: {
                                "zh-CN": string;
                                en: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectCosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            floorAreaM2: number | null;
                        };
                        measures: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            discipline: string;
                            name: string;
                            unit: string;
                            quantity: number;
                            baselineUnitPrice: number;
                            greenUnitPrice: number;
                            incrementalUnitPrice: number;
                            incrementalCost: number;
                            benefitValue: number;
                            benefitByKind: {
                                disposal: number;
                                materials: number;
                                energy: number;
                                water: number;
                                carbon: number;
                            };
                            carbonTonnes: number;
                            net: number;
                            note: string | null;
                            sortOrder: number;
                            benefits: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                                quantity: number;
                                unit: string;
                                unitValue: number | null;
                                value: number | null;
                                /** @enum {string} */
                                source: "manual" | "indicator";
                                indicatorKey: string | null;
                                indicatorSnapshot: {
                                    key: string;
                                    value: number;
                                    unit: string;
                                    asOf: string;
                                    baseline: number | null;
                                    floorAreaM2: number | null;
                                    quantity: number;
                                    quantityUnit: string;
                                } | null;
                                note: string | null;
                            }[];
                            updatedAt: string;
                        }[];
                        totals: {
                            incrementalCost: number;
                            benefitValue: number;
                            benefitByKind: {
                                disposal: number;
                                materials: number;
                                energy: number;
                                water: number;
                                carbon: number;
                            };
                            carbonTonnes: number;
                            net: number;
                            floorAreaM2: number | null;
                            incrementalCostPerM2: number | null;
                            benefitPerM2: number | null;
                            carbonKgPerM2: number | null;
                            benefitCostRatio: number | null;
                        };
                        mayEdit: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCostMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    discipline: string;
                    name: string;
                    unit: string;
                    quantity: number;
                    baselineUnitPrice: number;
                    greenUnitPrice: number;
                    note?: string | null;
                    sortOrder?: number;
                    /** @default [] */
                    benefits?: ({
                        /** @enum {string} */
                        source: "manual";
                        /** @enum {string} */
                        kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                        quantity: number;
                        unit: string;
                        /** @default null */
                        unitValue?: number | null;
                        indicatorKey?: string | null;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        source: "indicator";
                        /** @enum {string} */
                        kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                        indicatorKey: string;
                        baseline?: number | null;
                        /** @default null */
                        unitValue?: number | null;
                        note?: string | null;
                    })[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        discipline: string;
                        name: string;
                        unit: string;
                        quantity: number;
                        baselineUnitPrice: number;
                        greenUnitPrice: number;
                        incrementalUnitPrice: number;
                        incrementalCost: number;
                        benefitValue: number;
                        benefitByKind: {
                            disposal: number;
                            materials: number;
                            energy: number;
                            water: number;
                            carbon: number;
                        };
                        carbonTonnes: number;
                        net: number;
                        note: string | null;
                        sortOrder: number;
                        benefits: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            quantity: number;
                            unit: string;
                            unitValue: number | null;
                            value: number | null;
                            /** @enum {string} */
                            source: "manual" | "indicator";
                            indicatorKey: string | null;
                            indicatorSnapshot: {
                                key: string;
                                value: number;
                                unit: string;
                                asOf: string;
                                baseline: number | null;
                                floorAreaM2: number | null;
                                quantity: number;
                                quantityUnit: string;
                            } | null;
                            note: string | null;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCostMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    discipline: string;
                    name: string;
                    unit: string;
                    quantity: number;
                    baselineUnitPrice: number;
                    greenUnitPrice: number;
                    note?: string | null;
                    sortOrder?: number;
                    /** @default [] */
                    benefits?: ({
                        /** @enum {string} */
                        source: "manual";
                        /** @enum {string} */
                        kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                        quantity: number;
                        unit: string;
                        /** @default null */
                        unitValue?: number | null;
                        indicatorKey?: string | null;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        source: "indicator";
                        /** @enum {string} */
                        kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                        indicatorKey: string;
                        baseline?: number | null;
                        /** @default null */
                        unitValue?: number | null;
                        note?: string | null;
                    })[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        discipline: string;
                        name: string;
                        unit: string;
                        quantity: number;
                        baselineUnitPrice: number;
                        greenUnitPrice: number;
                        incrementalUnitPrice: number;
                        incrementalCost: number;
                        benefitValue: number;
                        benefitByKind: {
                            disposal: number;
                            materials: number;
                            energy: number;
                            water: number;
                            carbon: number;
                        };
                        carbonTonnes: number;
                        net: number;
                        note: string | null;
                        sortOrder: number;
                        benefits: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            quantity: number;
                            unit: string;
                            unitValue: number | null;
                            value: number | null;
                            /** @enum {string} */
                            source: "manual" | "indicator";
                            indicatorKey: string | null;
                            indicatorSnapshot: {
                                key: string;
                                value: number;
                                unit: string;
                                asOf: string;
                                baseline: number | null;
                                floorAreaM2: number | null;
                                quantity: number;
                                quantityUnit: string;
                            } | null;
                            note: string | null;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCostMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportProjectCosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCostSummary: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            regionCode: string;
                            projects: number;
                            measures: number;
                            floorAreaM2: number;
                            incrementalCost: number;
                            benefitValue: number;
                            carbonTonnes: number;
                            incrementalCostPerM2: number | null;
                            benefitPerM2: number | null;
                            byDiscipline: {
                                discipline: string;
                                incrementalCost: number;
                                benefitValue: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBimModels: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: string;
                status?: "queued" | "processing" | "ready" | "failed";
                latestOnly?: "true" | "false";
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BimModel"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBimProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            floorAreaM2: number | null;
                            writable: boolean;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadBimModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The IFC file (STEP, IFC2X3 or IFC4)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Accepted; processing continues in the background */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BimModel"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBimModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BimModelDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBimElements: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                ifcClass?: string;
                storey?: string;
                material?: string;
                volumeSource?: "declared" | "geometry" | "none";
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BimElement"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBimViewerIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        classes: string[];
                        storeys: string[];
                        materials: string[];
                        items: [
                            number,
                            number,
                            number,
                            number,
                            number
                        ][];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBimElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                expressId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BimElementDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportBimElements: {
        parameters: {
            query?: {
                ifcClass?: string;
                storey?: string;
                material?: string;
                volumeSource?: "declared" | "geometry" | "none";
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBimGeometry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The viewer geometry file (docs/decisions/0004): triangles, placements and GlobalIds */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.greenbuild.geometry": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCarbonFactors: {
        parameters: {
            query?: {
                kind?: "material" | "transport" | "energy";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "material" | "transport" | "energy";
                            nameZh: string;
                            nameEn: string;
                            unit: string;
                            value: number;
                            category: string | null;
                            carrier: string | null;
                            region: string | null;
                            year: number | null;
                            /** @description 依据: the standard and clause the value cites, or 地方默认值 (research notes stay internal) */
                            basis: string;
                            seedVersion: string | null;
                            revision: number;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCarbonFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @enum {string} */
                    kind: "material" | "transport" | "energy";
                    nameZh: string;
                    nameEn: string;
                    unit: string;
                    value: number;
                    category?: string | null;
                    carrier?: ("electricity" | "diesel" | "gasoline" | "natural-gas" | "heat" | "other") | null;
                    region?: string | null;
                    year?: number | null;
                    source: string;
                    /** @enum {string} */
                    confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "material" | "transport" | "energy";
                        nameZh: string;
                        nameEn: string;
                        unit: string;
                        value: number;
                        category: string | null;
                        carrier: string | null;
                        region: string | null;
                        year: number | null;
                        /** @description 依据: the standard and clause the value cites, or 地方默认值 (research notes stay internal) */
                        basis: string;
                        seedVersion: string | null;
                        revision: number;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCarbonFactorRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            revision: number;
                            value: number;
                            basis: string;
                            /** Format: date-time */
                            changedAt: string;
                            changedBy: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reviseCarbonFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value?: number;
                    source?: string;
                    /** @enum {string} */
                    confidence?: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "material" | "transport" | "energy";
                        nameZh: string;
                        nameEn: string;
                        unit: string;
                        value: number;
                        category: string | null;
                        carrier: string | null;
                        region: string | null;
                        year: number | null;
                        /** @description 依据: the standard and clause the value cites, or 地方默认值 (research notes stay internal) */
                        basis: string;
                        seedVersion: string | null;
                        revision: number;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCarbonMappingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            position: number;
                            pattern: string | null;
                            ifcClasses: string[] | null;
                            factorId: string | null;
                            assumption: string | null;
                            reason: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCarbonMappingRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    position: number;
                    pattern: string | null;
                    ifcClasses: string[] | null;
                    factorId: string | null;
                    assumption: string | null;
                    reason: string | null;
                    id: string;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        position: number;
                        pattern: string | null;
                        ifcClasses: string[] | null;
                        factorId: string | null;
                        assumption: string | null;
                        reason: string | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCarbonMappingRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    position?: number;
                    pattern?: string | null;
                    ifcClasses?: string[] | null;
                    factorId?: string | null;
                    assumption?: string | null;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        position: number;
                        pattern: string | null;
                        ifcClasses: string[] | null;
                        factorId: string | null;
                        assumption: string | null;
                        reason: string | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectCarbon: {
        parameters: {
            query?: {
                asOf?: unknown;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        projectId: string;
                        floorAreaM2: number | null;
                        /** @enum {string} */
                        source: "bom" | "model" | "none";
                        model: {
                            id: string;
                            version: number;
                            fileName: string;
                        } | null;
                        gridFactorId: string | null;
                        transportModeId: string | null;
                        asOf: string | null;
                        withoutQuantity: {
                            ifcClass: string;
                            material: string | null;
                            count: number;
                        }[];
                        inputs: unknown[];
                        result: components["schemas"]["EmbodiedCarbonResult"] | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportProjectCarbon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveCarbonSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gridFactorId: string | null;
                    transportModeId: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCarbonBom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            lineNo: number;
                            name: string;
                            ifcClass: string | null;
                            quantity: number;
                            /** @enum {string} */
                            unit: "m3" | "t" | "m2" | "kg";
                            factorId: string | null;
                            distanceKm: number | null;
                            transportModeId: string | null;
                            fileName: string | null;
                            /** Format: date-time */
                            importedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importCarbonBom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The bill-of-materials workbook (.xlsx)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCarbonBom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCarbonBomTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCarbonEnergy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            period: string;
                            energyFactorId: string;
                            quantity: number;
                            /** @enum {string} */
                            unit: "kWh" | "L" | "kg" | "m3" | "GJ";
                            note: string | null;
                            source: string;
                            /** Format: date-time */
                            enteredAt: string;
                            enteredBy: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCarbonEnergy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    period: string;
                    energyFactorId: string;
                    quantity: number;
                    /** @enum {string} */
                    unit: "kWh" | "L" | "kg" | "m3" | "GJ";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        period: string;
                        energyFactorId: string;
                        quantity: number;
                        /** @enum {string} */
                        unit: "kWh" | "L" | "kg" | "m3" | "GJ";
                        note: string | null;
                        source: string;
                        /** Format: date-time */
                        enteredAt: string;
                        enteredBy: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCarbonEnergy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWasteTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            regionCode: string;
                            conventionalMax: number;
                            prefabricatedMax: number;
                            targetYear: number;
                            /** @description 依据: the standard and clause, the authority’s document, or 地方默认值 */
                            source: string;
                            weightToleranceShare: number;
                            receiptDeadlineHours: number;
                            expireAfterHours: number;
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setWasteTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conventionalMax: number;
                    prefabricatedMax: number;
                    targetYear: number;
                    source: string;
                    weightToleranceShare: number;
                    receiptDeadlineHours: number;
                    expireAfterHours: number;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        conventionalMax: number;
                        prefabricatedMax: number;
                        targetYear: number;
                        /** @description 依据: the standard and clause, the authority’s document, or 地方默认值 */
                        source: string;
                        weightToleranceShare: number;
                        receiptDeadlineHours: number;
                        expireAfterHours: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWasteFacilities: {
        parameters: {
            query?: {
                q?: string;
                regionCode?: string;
                category?: string;
                active?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WasteFacility"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWasteFacility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                    name: string;
                    /** @enum {string} */
                    kind: "recycling" | "disposal";
                    regionCode: string;
                    address?: string | null;
                    licenceNo?: string | null;
                    licenceValidFrom?: string | null;
                    licenceValidUntil?: string | null;
                    acceptedCategories: ("engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste")[];
                    dailyCapacityTonnes?: number | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WasteFacility"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWasteFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId?: string;
                    name?: string;
                    /** @enum {string} */
                    kind?: "recycling" | "disposal";
                    regionCode?: string;
                    address?: string | null;
                    licenceNo?: string | null;
                    licenceValidFrom?: string | null;
                    licenceValidUntil?: string | null;
                    acceptedCategories?: ("engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste")[];
                    dailyCapacityTonnes?: number | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WasteFacility"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWasteLeague: {
        parameters: {
            query?: {
                asOf?: string;
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            rank: number | null;
                            hasData: boolean;
                            projectId: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            status: string;
                            floorAreaM2: number | null;
                            isPrefabricated: boolean;
                            tonnes: number;
                            intensity: number | null;
                            target: number;
                            meetsTarget: boolean | null;
                            recyclingPercent: number | null;
                            forecastIntensity: number | null;
                            forecastExceeds: boolean | null;
                            confirmationPercent: number | null;
                            manifests: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportWasteLeague: {
        parameters: {
            query?: {
                asOf?: string;
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectWaste: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWaste"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportProjectWasteIndicators: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWastePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WastePlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveWastePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    estimates: {
                        /** @enum {string} */
                        stage: "underground" | "superstructure" | "finishingAndServices";
                        /** @enum {string} */
                        category: "engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste";
                        tonnes: number;
                    }[];
                    measures: {
                        title: string;
                        detail?: string;
                    }[];
                    targetOverride?: number | null;
                    /**
                     * @default generated
                     * @enum {string}
                     */
                    estimateBasis?: "generated" | "discharged";
                    progressPercent?: number | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WastePlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectManifests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                state?: "created" | "in_transit" | "received" | "disputed" | "expired";
                q?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Manifest"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    facilityId: string;
                    /** @enum {string} */
                    category: "engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste";
                    subClass?: ("metal" | "inorganicNonMetal" | "other") | null;
                    /** @enum {string} */
                    stage: "underground" | "superstructure" | "finishingAndServices";
                    vehiclePlate: string;
                    driverName: string;
                    driverPhone?: string | null;
                    /** @enum {string} */
                    gateWeighing: "estimated" | "weighed";
                    gateTonnes: number;
                    /** Format: date-time */
                    at?: string;
                    /** @default true */
                    dispatch?: boolean;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportProjectManifests: {
        parameters: {
            query?: {
                state?: "created" | "in_transit" | "received" | "disputed" | "expired";
                q?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lookupManifest: {
        parameters: {
            query: {
                number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dispatchManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at?: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    weighbridgeTonnes: number;
                    /** Format: date-time */
                    at?: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    disputeManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    at?: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFacilityManifests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                state?: "created" | "in_transit" | "received" | "disputed" | "expired";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Manifest"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWasteRecords: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                kind?: "sorted" | "reused" | "historical";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WasteSiteRecord"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWasteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "sorted" | "reused" | "historical";
                    /** Format: date */
                    recordDate: string;
                    /** @enum {string} */
                    stage: "underground" | "superstructure" | "finishingAndServices";
                    /** @enum {string} */
                    category: "engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste";
                    subClass?: ("metal" | "inorganicNonMetal" | "other") | null;
                    route?: ("reuseOnSite" | "recycling" | "disposal") | null;
                    tonnes: number;
                    reference?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WasteSiteRecord"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWasteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWasteRecordTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importWasteRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The records workbook (.xlsx)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batch: string;
                        imported: number;
                        tonnes: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWasteAlerts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: string;
                regionCode?: string;
                open?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                            projectId: string | null;
                            projectName: string | null;
                            manifestId: string | null;
                            manifestNumber: string | null;
                            facilityId: string | null;
                            facilityName: string | null;
                            regionCode: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            raisedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectDevices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            projectId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                            protocols: string[];
                            mn: string | null;
                            hasHj212Password: boolean;
                            tokenPrefix: string | null;
                            metrics: string[];
                            location: string | null;
                            lenientCrc: boolean;
                            offlineAfterS: number;
                            active: boolean;
                            /** @enum {string} */
                            status: "online" | "offline" | "never" | "inactive";
                            lastSeenAt: string | null;
                            acceptedCount: number;
                            rejectedCount: number;
                            isDemo: boolean;
                            createdAt: string;
                            latest: {
                                metric: string;
                                time: string;
                                value: number;
                                flag: string;
                            }[];
                            quality: {
                                checked: number;
                                flagged: number;
                                share: number | null;
                                byRule: {
                                    [key: string]: number;
                                };
                            } | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                    protocols: ("hj212" | "mqtt" | "http")[];
                    mn?: string | null;
                    hj212Password?: string | null;
                    metrics?: string[];
                    location?: string | null;
                    lenientCrc?: boolean;
                    offlineAfterS?: number;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device: components["schemas"]["Device"];
                        token: string | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    kind?: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                    protocols?: ("hj212" | "mqtt" | "http")[];
                    mn?: string | null;
                    hj212Password?: string | null;
                    metrics?: string[];
                    location?: string | null;
                    lenientCrc?: boolean;
                    offlineAfterS?: number;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateDeviceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device: components["schemas"]["Device"];
                        token: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                        protocols: string[];
                        mn: string | null;
                        hasHj212Password: boolean;
                        tokenPrefix: string | null;
                        metrics: string[];
                        location: string | null;
                        lenientCrc: boolean;
                        offlineAfterS: number;
                        active: boolean;
                        /** @enum {string} */
                        status: "online" | "offline" | "never" | "inactive";
                        lastSeenAt: string | null;
                        acceptedCount: number;
                        rejectedCount: number;
                        isDemo: boolean;
                        createdAt: string;
                        latest: {
                            metric: string;
                            time: string;
                            value: number;
                            flag: string;
                        }[];
                        quality: {
                            checked: number;
                            flagged: number;
                            share: number | null;
                            byRule: {
                                [key: string]: number;
                            };
                        } | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDeviceReadings: {
        parameters: {
            query: {
                metric?: string;
                from: string;
                to: string;
                resolution?: "raw" | "minute" | "hour" | "day" | "auto";
            };
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            metric: string;
                            time: string;
                            value: number;
                            flag: string;
                            kind?: string;
                            quality?: string | null;
                            min?: number | null;
                            max?: number | null;
                            count?: number;
                        }[];
                        resolution: string;
                        truncated: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeviceRejects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            day: string;
                            source: string;
                            reason: string;
                            count: number;
                            lastDetail: string | null;
                            lastAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ingestReadings: {
        parameters: {
            query?: never;
            header?: {
                "x-device-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    metric: string;
                    /** Format: date-time */
                    time: string;
                    value: number;
                    /** @default N */
                    flag?: string;
                    /**
                     * @default rtd
                     * @enum {string}
                     */
                    kind?: "rtd" | "minute" | "hour" | "day";
                }[];
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stored: number;
                        duplicates: number;
                        rejected: number;
                        errors: {
                            index: number;
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporarily unavailable; retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                        };
                        devices: {
                            id: string;
                            projectId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                            protocols: string[];
                            mn: string | null;
                            hasHj212Password: boolean;
                            tokenPrefix: string | null;
                            metrics: string[];
                            location: string | null;
                            lenientCrc: boolean;
                            offlineAfterS: number;
                            active: boolean;
                            /** @enum {string} */
                            status: "online" | "offline" | "never" | "inactive";
                            lastSeenAt: string | null;
                            acceptedCount: number;
                            rejectedCount: number;
                            isDemo: boolean;
                            createdAt: string;
                            latest: {
                                metric: string;
                                time: string;
                                value: number;
                                flag: string;
                            }[];
                            quality: {
                                checked: number;
                                flagged: number;
                                share: number | null;
                                byRule: {
                                    [key: string]: number;
                                };
                            } | null;
                        }[];
                        activeAlarms: number;
                        indicators: {
                            pm10ExceedanceRate: number | null;
                            noiseExceedanceRate: number | null;
                            deviceOnlineRate: number | null;
                        };
                        canManage: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectSiteAlarms: {
        parameters: {
            query?: {
                state?: "open" | "acknowledged" | "closed" | "active";
                page?: number;
                pageSize?: number;
                regionCode?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SiteAlarm"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSiteAlarms: {
        parameters: {
            query?: {
                state?: "open" | "acknowledged" | "closed" | "active";
                page?: number;
                pageSize?: number;
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SiteAlarm"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acknowledgeSiteAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteAlarm"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeSiteAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteAlarm"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportSiteReadings: {
        parameters: {
            query: {
                from: string;
                to: string;
                format?: "csv" | "xlsx";
                resolution?: "raw" | "minute" | "hour" | "day";
                metric?: string;
                deviceId?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The readings, streamed: CSV (format=csv) or an Excel workbook */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    streamSiteLive: {
        parameters: {
            query?: {
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: a reading or alarm per event, as JSON in the data line */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSiteOverview: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sites: {
                            projectId: string;
                            projectCode: string;
                            projectName: string;
                            regionCode: string;
                            devices: number;
                            online: number;
                            pm10: {
                                value: number;
                                time: string;
                            } | null;
                            noise: {
                                value: number;
                                time: string;
                            } | null;
                            activeAlarms: number;
                            flaggedShare: number | null;
                        }[];
                        worstDevices: {
                            deviceId: string;
                            deviceName: string;
                            projectId: string;
                            projectName: string;
                            checked: number;
                            flagged: number;
                            share: number;
                            rejected: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSiteRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SiteRule"][];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSiteRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode?: string | null;
                    projectId?: string | null;
                    metric: string;
                    /**
                     * @default all
                     * @enum {string}
                     */
                    period?: "all" | "day" | "night";
                    limitValue: number;
                    /** @default 0 */
                    sustainedMinutes?: number;
                    /** @default 360 */
                    dayStartMinute?: number;
                    /** @default 1320 */
                    dayEndMinute?: number;
                    basis?: string | null;
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteRule"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSiteRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    limitValue?: number;
                    sustainedMinutes?: number;
                    dayStartMinute?: number;
                    dayEndMinute?: number;
                    basis?: string | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteRule"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFactorAliases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceFactorAliases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aliases: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aliases: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComponentTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            type: string;
                            zh: string;
                            en: string;
                            dims: {
                                key: string;
                                zh: string;
                                en: string;
                                modules: string[];
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComponentSpecs: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                library?: string;
                effectiveFor?: string;
                type?: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                status?: "draft" | "active" | "withdrawn";
                q?: string;
                modular?: "yes" | "no";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ComponentSpec"][];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createComponentSpec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    regionCode?: string | null;
                    code: string;
                    /** @enum {string} */
                    type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                    name: string;
                    /** @default null */
                    profile?: string | null;
                    /** @default [] */
                    dimsMm?: number[];
                    /** @default null */
                    jointMm?: number | null;
                    /** @default null */
                    material?: string | null;
                    /** @default null */
                    grade?: string | null;
                    /** @default [] */
                    manufacturers?: string[];
                    /** @default 1.0 */
                    version?: string;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "draft" | "active" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentSpec"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getComponentSpec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentSpec"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateComponentSpec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    profile?: string | null;
                    dimsMm?: number[];
                    jointMm?: number | null;
                    material?: string | null;
                    grade?: string | null;
                    manufacturers?: string[];
                    version?: string;
                    /** @enum {string} */
                    status?: "draft" | "active" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentSpec"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkComponentDimensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                    dimsMm: number[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicable: boolean;
                        ok: boolean | null;
                        reason: string | null;
                        dims: {
                            dim: string;
                            label: string;
                            dimMm: number;
                            expected: string[];
                            ok: boolean;
                            module: string | null;
                            reason: string | null;
                            nearest: {
                                module: string;
                                dimMm: number;
                                deltaMm: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importComponentLibrary: {
        parameters: {
            query?: {
                library?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The library workbook (.xlsx)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        importId: string;
                        rowsTotal: number;
                        created: number;
                        updated: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComponentImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            regionCode: string | null;
                            filename: string;
                            status: string;
                            rowsTotal: number;
                            created: number;
                            updated: number;
                            errors: {
                                row: number;
                                column: string;
                                value: string;
                                code: string;
                                message: string;
                            }[];
                            createdAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportComponentLibrary: {
        parameters: {
            query?: {
                library?: string;
                effectiveFor?: string;
                type?: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                status?: "draft" | "active" | "withdrawn";
                q?: string;
                modular?: "yes" | "no";
                template?: "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectComponentSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                        };
                        model: {
                            id: string;
                            label: string;
                        } | null;
                        instancesModelId: string | null;
                        bimAvailable: boolean;
                        toleranceMm: number;
                        librarySpecs: number;
                        instances: number;
                        matched: number;
                        exact: number;
                        withinTolerance: number;
                        rate: number | null;
                        specCountByType: {
                            [key: string]: number;
                        };
                        repetition: {
                            type: string;
                            instances: number;
                            specs: number;
                            repetition: number;
                            perSpec: {
                                specKey: string;
                                code: string;
                                library: boolean;
                                instances: number;
                            }[];
                        }[];
                        nonStandard: {
                            specKey: string;
                            type: string;
                            profile: string | null;
                            dimsMm: number[];
                            instances: number;
                            sourceRefs: string[];
                            modelInstances: number;
                            nearest: {
                                specId: string;
                                code: string;
                                name: string;
                                dimsMm: number[];
                                distanceMm: number;
                            } | null;
                            modular: {
                                applicable: boolean;
                                ok: boolean | null;
                                reason: string | null;
                            };
                        }[];
                        bySource: {
                            model: number;
                            schedule: number;
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNonStandardElements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        modelId: string | null;
                        latest: boolean;
                        modelInstances: number;
                        scheduleInstances: number;
                        groups: {
                            specKey: string;
                            globalIds: string[];
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComponentInstances: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                match?: "exact" | "within-tolerance" | "none";
                type?: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source: string;
                            sourceRef: string;
                            type: string;
                            name: string | null;
                            profile: string | null;
                            dimsMm: number[];
                            quantity: number;
                            storey: string | null;
                            match: string;
                            specCode: string | null;
                            distanceMm: number | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getComponentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: {
                            /** @enum {string} */
                            componentType: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                            ifcClass?: string | null;
                            nameContains?: string | null;
                            propertySet?: string | null;
                            propertyName?: string | null;
                            propertyValue?: string | null;
                            /** @enum {string} */
                            dimsFrom: "profile" | "quantities";
                        }[];
                        toleranceMm: number;
                        custom: boolean;
                        defaults: {
                            /** @enum {string} */
                            componentType: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                            ifcClass?: string | null;
                            nameContains?: string | null;
                            propertySet?: string | null;
                            propertyName?: string | null;
                            propertyValue?: string | null;
                            /** @enum {string} */
                            dimsFrom: "profile" | "quantities";
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveComponentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: {
                        /** @enum {string} */
                        componentType: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                        ifcClass?: string | null;
                        nameContains?: string | null;
                        propertySet?: string | null;
                        propertyName?: string | null;
                        propertyValue?: string | null;
                        /** @enum {string} */
                        dimsFrom: "profile" | "quantities";
                    }[];
                    toleranceMm: number;
                };
            };
        };
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    extractComponents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        modelId: string;
                        elements: number;
                        instances: number;
                        withoutDimensions: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importComponentSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The component schedule workbook (.xlsx)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: number;
                        units: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    calculatePrefabRatio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    q1a: number | null;
                    q1b: number | null;
                    q2a: number | null;
                    q2b: number | null;
                    q2c: number | null;
                    q2d: number | null;
                    q3a: number | null;
                    q3b: number | null;
                    q3c: number | null;
                    q3d: number | null;
                    fullDecoration: boolean;
                    region?: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        P: number;
                        Q1: number;
                        Q2: number;
                        Q3: number;
                        Q4: number;
                        recognised: boolean;
                        grade: ("A" | "AA" | "AAA") | null;
                        assessedPercent: number;
                        items: {
                            item: string;
                            /** @enum {string} */
                            group: "Q1" | "Q2" | "Q3";
                            ratio: number | null;
                            score: number;
                            max: number;
                            applicable: boolean;
                            note: string;
                        }[];
                        reasons: {
                            code: string;
                            clause: string;
                            message: string;
                        }[];
                        table: {
                            id: string;
                            version: string;
                            regionCode: string | null;
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPrefabScoreTables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            version: string;
                            regionCode: string | null;
                            basis: string;
                            createdAt: string;
                            data: {
                                id: string;
                                version: string;
                                region: string;
                                groups: {
                                    /** @enum {string} */
                                    id: "Q1" | "Q2" | "Q3";
                                    nameZh: string;
                                    nameEn: string;
                                    max: number;
                                    minimum: number;
                                }[];
                                items: {
                                    /** @enum {string} */
                                    item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    nameZh: string;
                                    nameEn: string;
                                    scoring: {
                                        /** @enum {string} */
                                        kind: "interpolated";
                                        lower: number;
                                        upper: number;
                                        scoreLower: number;
                                        scoreUpper: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "fixed";
                                        lower: number;
                                        score: number;
                                    };
                                }[];
                                fullDecoration: {
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    score: number;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                scoreDecimals: number;
                                reportDecimals: number;
                                recognition: {
                                    minRatioPercent: number;
                                    requireFullDecoration: boolean;
                                };
                                grading: {
                                    minQ1a: number;
                                    bands: {
                                        /** @enum {string} */
                                        grade: "A" | "AA" | "AAA";
                                        min: number;
                                        max: number | null;
                                    }[];
                                    rounding: {
                                        /** @enum {string} */
                                        mode: "half-up" | "half-even" | "floor";
                                        decimals: number;
                                    };
                                };
                            };
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPrefabScoreTable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string | null;
                    table: {
                        id: string;
                        version: string;
                        region: string;
                        source: string;
                        /** @enum {string} */
                        confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                        groups: {
                            /** @enum {string} */
                            id: "Q1" | "Q2" | "Q3";
                            nameZh: string;
                            nameEn: string;
                            max: number;
                            minimum: number;
                        }[];
                        items: {
                            /** @enum {string} */
                            item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                            /** @enum {string} */
                            group: "Q1" | "Q2" | "Q3";
                            nameZh: string;
                            nameEn: string;
                            scoring: {
                                /** @enum {string} */
                                kind: "interpolated";
                                lower: number;
                                upper: number;
                                scoreLower: number;
                                scoreUpper: number;
                            } | {
                                /** @enum {string} */
                                kind: "fixed";
                                lower: number;
                                score: number;
                            };
                        }[];
                        fullDecoration: {
                            /** @enum {string} */
                            group: "Q1" | "Q2" | "Q3";
                            score: number;
                            nameZh: string;
                            nameEn: string;
                        };
                        scoreDecimals: number;
                        reportDecimals: number;
                        recognition: {
                            minRatioPercent: number;
                            requireFullDecoration: boolean;
                        };
                        grading: {
                            minQ1a: number;
                            bands: {
                                /** @enum {string} */
                                grade: "A" | "AA" | "AAA";
                                min: number;
                                max: number | null;
                            }[];
                            rounding: {
                                /** @enum {string} */
                                mode: "half-up" | "half-even" | "floor";
                                decimals: number;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: string;
                        regionCode: string | null;
                        basis: string;
                        createdAt: string;
                        data: {
                            id: string;
                            version: string;
                            region: string;
                            groups: {
                                /** @enum {string} */
                                id: "Q1" | "Q2" | "Q3";
                                nameZh: string;
                                nameEn: string;
                                max: number;
                                minimum: number;
                            }[];
                            items: {
                                /** @enum {string} */
                                item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                nameZh: string;
                                nameEn: string;
                                scoring: {
                                    /** @enum {string} */
                                    kind: "interpolated";
                                    lower: number;
                                    upper: number;
                                    scoreLower: number;
                                    scoreUpper: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "fixed";
                                    lower: number;
                                    score: number;
                                };
                            }[];
                            fullDecoration: {
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                score: number;
                                nameZh: string;
                                nameEn: string;
                            };
                            scoreDecimals: number;
                            reportDecimals: number;
                            recognition: {
                                minRatioPercent: number;
                                requireFullDecoration: boolean;
                            };
                            grading: {
                                minQ1a: number;
                                bands: {
                                    /** @enum {string} */
                                    grade: "A" | "AA" | "AAA";
                                    min: number;
                                    max: number | null;
                                }[];
                                rounding: {
                                    /** @enum {string} */
                                    mode: "half-up" | "half-even" | "floor";
                                    decimals: number;
                                };
                            };
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPrefabSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            isPrefabricated: boolean;
                        };
                        table: {
                            id: string;
                            version: string;
                            regionCode: string | null;
                            basis: string;
                            data: {
                                id: string;
                                version: string;
                                region: string;
                                groups: {
                                    /** @enum {string} */
                                    id: "Q1" | "Q2" | "Q3";
                                    nameZh: string;
                                    nameEn: string;
                                    max: number;
                                    minimum: number;
                                }[];
                                items: {
                                    /** @enum {string} */
                                    item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    nameZh: string;
                                    nameEn: string;
                                    scoring: {
                                        /** @enum {string} */
                                        kind: "interpolated";
                                        lower: number;
                                        upper: number;
                                        scoreLower: number;
                                        scoreUpper: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "fixed";
                                        lower: number;
                                        score: number;
                                    };
                                }[];
                                fullDecoration: {
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    score: number;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                scoreDecimals: number;
                                reportDecimals: number;
                                recognition: {
                                    minRatioPercent: number;
                                    requireFullDecoration: boolean;
                                };
                                grading: {
                                    minQ1a: number;
                                    bands: {
                                        /** @enum {string} */
                                        grade: "A" | "AA" | "AAA";
                                        min: number;
                                        max: number | null;
                                    }[];
                                    rounding: {
                                        /** @enum {string} */
                                        mode: "half-up" | "half-even" | "floor";
                                        decimals: number;
                                    };
                                };
                            };
                        };
                        saved: {
                            inputs: {
                                q1a: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q1b: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q2a: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q2b: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q2c: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q2d: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q3a: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q3b: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q3c: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                                q3d: {
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "model" | "manual";
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    numerator: number | null;
                                    /** @default null */
                                    denominator: number | null;
                                };
                            };
                            fullDecoration: boolean;
                            savedAt: string;
                        } | null;
                        result: {
                            P: number;
                            Q1: number;
                            Q2: number;
                            Q3: number;
                            Q4: number;
                            recognised: boolean;
                            grade: ("A" | "AA" | "AAA") | null;
                            assessedPercent: number;
                            items: {
                                item: string;
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                ratio: number | null;
                                score: number;
                                max: number;
                                applicable: boolean;
                                note: string;
                            }[];
                            reasons: {
                                code: string;
                                clause: string;
                                message: string;
                            }[];
                            table: {
                                id: string;
                                version: string;
                                regionCode: string | null;
                            };
                        } | null;
                        model: {
                            model: {
                                id: string;
                                label: string;
                            } | null;
                            q1a: {
                                value: number;
                                numerator: number;
                                denominator: number;
                                unit: string;
                                elements: number;
                                precastElements: number;
                                unmeasured: number;
                            } | null;
                            q1b: {
                                value: number;
                                numerator: number;
                                denominator: number;
                                unit: string;
                                elements: number;
                                precastElements: number;
                                unmeasured: number;
                            } | null;
                        };
                        history: {
                            savedAt: string;
                            P: number | null;
                            grade: string | null;
                            recognised: boolean;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    savePrefabSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    inputs: {
                        q1a: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q1b: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q2a: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q2b: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q2c: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q2d: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q3a: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q3b: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q3c: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                        q3d: {
                            value: number | null;
                            /** @enum {string} */
                            source: "model" | "manual";
                            /** @default null */
                            note?: string | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                        };
                    };
                    fullDecoration: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        P: number;
                        Q1: number;
                        Q2: number;
                        Q3: number;
                        Q4: number;
                        recognised: boolean;
                        grade: ("A" | "AA" | "AAA") | null;
                        assessedPercent: number;
                        items: {
                            item: string;
                            /** @enum {string} */
                            group: "Q1" | "Q2" | "Q3";
                            ratio: number | null;
                            score: number;
                            max: number;
                            applicable: boolean;
                            note: string;
                        }[];
                        reasons: {
                            code: string;
                            clause: string;
                            message: string;
                        }[];
                        table: {
                            id: string;
                            version: string;
                            regionCode: string | null;
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportPrefabSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPrefabProjects: {
        parameters: {
            query?: {
                regionCode?: string;
                prefabricatedOnly?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            status: string;
                            isPrefabricated: boolean;
                            standardisationRate: number | null;
                            components: number;
                            P: number | null;
                            grade: string | null;
                            recognised: boolean | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlanningIndicatorOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            module: string;
                            name: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            direction: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlanningMeasures: {
        parameters: {
            query?: {
                regionCode?: string;
                aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                q?: string;
                includeInactive?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            aspect: "design" | "materials" | "production" | "construction" | "delivery";
                            code: string;
                            title: string;
                            description: string | null;
                            source: string | null;
                            defaultStage: string | null;
                            active: boolean;
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlanningMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode?: string | null;
                    /** @enum {string} */
                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                    code?: string;
                    title: string;
                    description?: string | null;
                    source?: string | null;
                    defaultStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string | null;
                        /** @enum {string} */
                        aspect: "design" | "materials" | "production" | "construction" | "delivery";
                        code: string;
                        title: string;
                        description: string | null;
                        source: string | null;
                        defaultStage: string | null;
                        active: boolean;
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePlanningMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                    title?: string;
                    description?: string | null;
                    source?: string | null;
                    defaultStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string | null;
                        /** @enum {string} */
                        aspect: "design" | "materials" | "production" | "construction" | "delivery";
                        code: string;
                        title: string;
                        description: string | null;
                        source: string | null;
                        defaultStage: string | null;
                        active: boolean;
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                status?: "none" | "draft" | "submitted" | "returned" | "approved";
                regionCode?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            projectId: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            projectStatus: string;
                            planId: string | null;
                            /** @enum {string} */
                            status: "none" | "draft" | "submitted" | "returned" | "approved";
                            approvedVersion: number | null;
                            approvedAt: string | null;
                            workingVersion: number | null;
                            workingStatus: string | null;
                            targets: number;
                            measures: number;
                            updatedAt: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenPlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    savePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aspects: {
                        /**
                         * @default {
                         *       "targets": [],
                         *       "measures": []
                         *     }
                         */
                        design?: {
                            summary?: string | null;
                            /** @default [] */
                            targets?: {
                                indicatorKey?: string | null;
                                name: string;
                                targetValue: number;
                                unit: string;
                                /** @enum {string} */
                                direction?: "higherIsBetter" | "lowerIsBetter";
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                dueDate?: string | null;
                                note?: string | null;
                            }[];
                            /** @default [] */
                            measures?: {
                                /** Format: uuid */
                                measureId: string;
                                responsibleOrganisationId?: string | null;
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                note?: string | null;
                            }[];
                        };
                        /**
                         * @default {
                         *       "targets": [],
                         *       "measures": []
                         *     }
                         */
                        materials?: {
                            summary?: string | null;
                            /** @default [] */
                            targets?: {
                                indicatorKey?: string | null;
                                name: string;
                                targetValue: number;
                                unit: string;
                                /** @enum {string} */
                                direction?: "higherIsBetter" | "lowerIsBetter";
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                dueDate?: string | null;
                                note?: string | null;
                            }[];
                            /** @default [] */
                            measures?: {
                                /** Format: uuid */
                                measureId: string;
                                responsibleOrganisationId?: string | null;
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                note?: string | null;
                            }[];
                        };
                        /**
                         * @default {
                         *       "targets": [],
                         *       "measures": []
                         *     }
                         */
                        production?: {
                            summary?: string | null;
                            /** @default [] */
                            targets?: {
                                indicatorKey?: string | null;
                                name: string;
                                targetValue: number;
                                unit: string;
                                /** @enum {string} */
                                direction?: "higherIsBetter" | "lowerIsBetter";
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                dueDate?: string | null;
                                note?: string | null;
                            }[];
                            /** @default [] */
                            measures?: {
                                /** Format: uuid */
                                measureId: string;
                                responsibleOrganisationId?: string | null;
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                note?: string | null;
                            }[];
                        };
                        /**
                         * @default {
                         *       "targets": [],
                         *       "measures": []
                         *     }
                         */
                        construction?: {
                            summary?: string | null;
                            /** @default [] */
                            targets?: {
                                indicatorKey?: string | null;
                                name: string;
                                targetValue: number;
                                unit: string;
                                /** @enum {string} */
                                direction?: "higherIsBetter" | "lowerIsBetter";
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                dueDate?: string | null;
                                note?: string | null;
                            }[];
                            /** @default [] */
                            measures?: {
                                /** Format: uuid */
                                measureId: string;
                                responsibleOrganisationId?: string | null;
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                note?: string | null;
                            }[];
                        };
                        /**
                         * @default {
                         *       "targets": [],
                         *       "measures": []
                         *     }
                         */
                        delivery?: {
                            summary?: string | null;
                            /** @default [] */
                            targets?: {
                                indicatorKey?: string | null;
                                name: string;
                                targetValue: number;
                                unit: string;
                                /** @enum {string} */
                                direction?: "higherIsBetter" | "lowerIsBetter";
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                dueDate?: string | null;
                                note?: string | null;
                            }[];
                            /** @default [] */
                            measures?: {
                                /** Format: uuid */
                                measureId: string;
                                responsibleOrganisationId?: string | null;
                                dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                note?: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenPlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenPlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenPlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approvePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenPlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    returnPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GreenPlan"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPractices: {
        parameters: {
            query?: {
                regionCode?: string;
                tag?: string;
                aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                q?: string;
                status?: "draft" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            sourceProjectIds: string[];
                            projects: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published";
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode?: string | null;
                    title: string;
                    summary: string;
                    body?: string | null;
                    tags?: string[];
                    aspect?: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                    sourceProjectIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        summary: string;
                        body: string;
                        tags: string[];
                        aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds: string[];
                        projects: {
                            id: string;
                            code: string;
                            name: string;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "published";
                        publishedAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPracticeTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        summary: string;
                        body: string;
                        tags: string[];
                        aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds: string[];
                        projects: {
                            id: string;
                            code: string;
                            name: string;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "published";
                        publishedAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    summary?: string;
                    body?: string | null;
                    tags?: string[];
                    aspect?: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                    sourceProjectIds?: string[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        summary: string;
                        body: string;
                        tags: string[];
                        aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds: string[];
                        projects: {
                            id: string;
                            code: string;
                            name: string;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "published";
                        publishedAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publishPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        summary: string;
                        body: string;
                        tags: string[];
                        aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds: string[];
                        projects: {
                            id: string;
                            code: string;
                            name: string;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "published";
                        publishedAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unpublishPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        summary: string;
                        body: string;
                        tags: string[];
                        aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds: string[];
                        projects: {
                            id: string;
                            code: string;
                            name: string;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "published";
                        publishedAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        isDemo: boolean;
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadPracticeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, PNG, JPEG or WebP (checked by content)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fileName: string;
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadPracticeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document or PNG image or JPEG image or WebP image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePracticeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPublicPractices: {
        parameters: {
            query?: {
                regionCode?: string;
                tag?: string;
                aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            publishedAt: string;
                            projects: {
                                code: string;
                                name: string;
                            }[];
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        }[];
                        total: number;
                        tags: string[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string;
                        regionName: string;
                        title: string;
                        summary: string;
                        body: string;
                        tags: string[];
                        aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        publishedAt: string;
                        projects: {
                            code: string;
                            name: string;
                        }[];
                        attachments: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadPublicPracticeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document or PNG image or JPEG image or WebP image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvaluationSchemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            regionCode: string | null;
                            code: string;
                            version: number;
                            name: string;
                            /** @description Used by an evaluation: an edit makes version+1 */
                            frozen: boolean;
                            derivedFrom: string | null;
                            standard: string;
                            /** @description 依据: the standard the scheme follows, or 地方默认值 */
                            basis: string;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string | null;
                        code: string;
                        version: number;
                        name: string;
                        /** @description Used by an evaluation: an edit makes version+1 */
                        frozen: boolean;
                        derivedFrom: string | null;
                        standard: string;
                        /** @description 依据: the standard the scheme follows, or 地方默认值 */
                        basis: string;
                        createdAt: string;
                        updatedAt: string;
                        document: components["schemas"]["EvaluationScheme"];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEvaluationScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    document: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string | null;
                        code: string;
                        version: number;
                        name: string;
                        /** @description Used by an evaluation: an edit makes version+1 */
                        frozen: boolean;
                        derivedFrom: string | null;
                        standard: string;
                        /** @description 依据: the standard the scheme follows, or 地方默认值 */
                        basis: string;
                        createdAt: string;
                        updatedAt: string;
                        document: components["schemas"]["EvaluationScheme"];
                        newVersion: boolean;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cloneEvaluationScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode?: string;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        regionCode: string | null;
                        code: string;
                        version: number;
                        name: string;
                        /** @description Used by an evaluation: an edit makes version+1 */
                        frozen: boolean;
                        derivedFrom: string | null;
                        standard: string;
                        /** @description 依据: the standard the scheme follows, or 地方默认值 */
                        basis: string;
                        createdAt: string;
                        updatedAt: string;
                        document: components["schemas"]["EvaluationScheme"];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectEvaluationScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeCode: string;
                        scheme: {
                            id: string;
                            regionCode: string | null;
                            code: string;
                            version: number;
                            name: string;
                            /** @description Used by an evaluation: an edit makes version+1 */
                            frozen: boolean;
                            derivedFrom: string | null;
                            standard: string;
                            /** @description 依据: the standard the scheme follows, or 地方默认值 */
                            basis: string;
                            createdAt: string;
                            updatedAt: string;
                            document: components["schemas"]["EvaluationScheme"];
                        } | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setProjectEvaluationScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    schemeCode: string;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeCode: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                        };
                        items: components["schemas"]["EvaluationSummary"][];
                        total: number;
                        result: {
                            schemeId: string;
                            schemeVersion: number;
                            schemeName: string;
                            provisional: boolean;
                            score: number;
                            reportedScore: number;
                            grade: {
                                code: string;
                                zh: string;
                                en: string;
                                rank: number;
                            };
                            stages: {
                                stageId: string;
                                name: string;
                                weight: number;
                                score: number | null;
                                reportedScore: number | null;
                                batches: number;
                            }[];
                            controlItemsPassed: boolean;
                            /** @enum {string} */
                            source: "final" | "batches";
                            closedEvaluations: number;
                            lastEvaluatedOn: string | null;
                        } | null;
                        schemeCode: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "monthly_self" | "stage_expert" | "final";
                    period?: string;
                    stageId?: string;
                    /** Format: date */
                    evaluatedOn?: string;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectEvaluationResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            schemeId: string;
                            schemeVersion: number;
                            schemeName: string;
                            provisional: boolean;
                            score: number;
                            reportedScore: number;
                            grade: {
                                code: string;
                                zh: string;
                                en: string;
                                rank: number;
                            };
                            stages: {
                                stageId: string;
                                name: string;
                                weight: number;
                                score: number | null;
                                reportedScore: number | null;
                                batches: number;
                            }[];
                            controlItemsPassed: boolean;
                            /** @enum {string} */
                            source: "final" | "batches";
                            closedEvaluations: number;
                            lastEvaluatedOn: string | null;
                        } | null;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refreshEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveEvaluationItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score?: number | null;
                    note?: string | null;
                    notApplicable?: boolean;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadEvaluationEvidence: {
        parameters: {
            query: {
                itemId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, PNG, JPEG or WebP (checked by content)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemId: string;
                        fileName: string;
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadEvaluationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document or PNG image or JPEG image or WebP image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvaluationExpertCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            userId: string;
                            username: string;
                            displayName: string;
                            organisationName: string | null;
                            conflict: boolean;
                            assigned: boolean;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignEvaluationExperts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expertUserIds: string[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveExpertScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: {
                        itemId: string;
                        score: number;
                        comment?: string | null;
                    }[];
                    comment?: string | null;
                    /** @default false */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            schemeId: string;
                            /** @enum {string} */
                            kind: "monthly_self" | "stage_expert" | "final";
                            period: string | null;
                            stageId: string | null;
                            evaluatedOn: string;
                            /** @enum {string} */
                            status: "open" | "submitted" | "closed";
                            score: number | null;
                            grade: string | null;
                            submittedAt: string | null;
                            closedAt: string | null;
                            isDemo: boolean;
                            createdAt: string;
                            /** @enum {string} */
                            myStatus: "assigned" | "submitted";
                            assignedAt: string;
                            mySubmittedAt: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDetail"];
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recomputeEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Recomputed result equals the stored one (RFC 8785 canonical JSON) */
                        identical: boolean;
                        score: number;
                        storedScore: number | null;
                        result: components["schemas"]["BatchResult"] | components["schemas"]["UnitResult"];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvaluationRanking: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            rank: number | null;
                            projectId: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            status: string;
                            score: number | null;
                            reportedScore: number | null;
                            grade: {
                                code: string;
                                zh: string;
                                en: string;
                                rank: number;
                            } | null;
                            provisional: boolean | null;
                            source: ("final" | "batches") | null;
                            closedEvaluations: number;
                            lastEvaluatedOn: string | null;
                            schemeName: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegionPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            body: string;
                            sortOrder: number;
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveRegionPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sections: {
                        title: string;
                        body: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            body: string;
                            sortOrder: number;
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectEvaluationReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectEvaluationReportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegionSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generatedAt: string;
                        region: {
                            code: string;
                            name: string;
                        };
                        /** @description The region’s programme summary, as GET /api/programmes/{regionCode}/dashboard */
                        programme: ({
                            regionCode: string;
                            regionName: string;
                            totalProjects: number;
                            pilots: number;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        projects: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            ownerOrganisationId: string;
                            status: string;
                            statusLabel: string;
                            floorAreaM2: number | null;
                            isPrefabricated: boolean;
                            category: string;
                        }[];
                        targets: {
                            projectCode: string;
                            projectName: string;
                            aspect: string;
                            name: string;
                            indicatorKey: string | null;
                            targetValue: number;
                            unit: string;
                            direction: string;
                            actual: number | null;
                            met: boolean | null;
                            dueDate: string | null;
                        }[];
                        ranking: {
                            rank: number | null;
                            projectId: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            status: string;
                            score: number | null;
                            reportedScore: number | null;
                            grade: {
                                code: string;
                                zh: string;
                                en: string;
                                rank: number;
                            } | null;
                            provisional: boolean | null;
                            source: ("final" | "batches") | null;
                            closedEvaluations: number;
                            lastEvaluatedOn: string | null;
                            schemeName: string | null;
                        }[];
                        practices: {
                            id: string;
                            title: string;
                            aspect: string | null;
                            summary: string | null;
                            projects: string;
                        }[];
                        policies: {
                            id: string;
                            title: string;
                            body: string;
                            sortOrder: number;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegionSummaryPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegionSummaryXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: Excel workbook (.xlsx) */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            module: string;
                            name: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            direction: "higherIsBetter" | "lowerIsBetter";
                            definition: {
                                "zh-CN": string;
                                en: string;
                            };
                            manual: boolean;
                            minValue: number | null;
                            maxValue: number | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTrackingDashboard: {
        parameters: {
            query?: {
                region?: string;
                month?: string;
                rankBy?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        region: string | null;
                        indicators: {
                            key: string;
                            module: string;
                            name: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            direction: "higherIsBetter" | "lowerIsBetter";
                            manual: boolean;
                        }[];
                        rows: {
                            projectId: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            regionName: string | null;
                            status: string;
                            /** @description By indicator key */
                            cells: {
                                [key: string]: {
                                    value: number | null;
                                    month: string | null;
                                    target: number | null;
                                    /** @enum {string} */
                                    light: "green" | "amber" | "red" | "grey";
                                };
                            };
                            targets: number;
                            met: number;
                            /** @description Share of targets met among those with a value, in % */
                            score: number | null;
                            rank: number | null;
                        }[];
                        /** @description By indicator key */
                        distributions: {
                            [key: string]: {
                                count: number;
                                min: number;
                                q1: number;
                                median: number;
                                q3: number;
                                max: number;
                                mean: number;
                                histogram: {
                                    from: number;
                                    to: number;
                                    count: number;
                                }[];
                            } | null;
                        };
                        lights: {
                            green: number;
                            amber: number;
                            red: number;
                            grey: number;
                        };
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    compareTrackingRegions: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        indicators: {
                            key: string;
                            module: string;
                            name: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            direction: "higherIsBetter" | "lowerIsBetter";
                            manual: boolean;
                        }[];
                        regions: {
                            regionCode: string;
                            regionName: string | null;
                            projects: number;
                            indicators: {
                                [key: string]: {
                                    count: number;
                                    median: number | null;
                                    mean: number | null;
                                    withTarget: number;
                                    met: number;
                                    metShare: number | null;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTrackingWarnings: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            projectId: string;
                            indicatorKey: string;
                            targetName: string;
                            target: number;
                            unit: string;
                            /** @enum {string} */
                            direction: "higherIsBetter" | "lowerIsBetter";
                            dueMonth: string;
                            /** @enum {string} */
                            dueSource: "plan" | "projectPlannedFinish";
                            latest: {
                                month: string;
                                value: number;
                            } | null;
                            forecast: number | null;
                            slopePerMonth: number | null;
                            pointsUsed: number;
                            projectCode: string;
                            projectName: string;
                            regionCode: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectTrends: {
        parameters: {
            query?: {
                keys?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: {
                            id: string;
                            code: string;
                            name: string;
                            regionCode: string;
                            status: string;
                        };
                        series: {
                            key: string;
                            module: string;
                            name: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            direction: "higherIsBetter" | "lowerIsBetter";
                            manual: boolean;
                            points: {
                                month: string;
                                value: number | null;
                            }[];
                            target: {
                                value: number;
                                dueDate: string | null;
                                planId: string;
                                name: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectWarnings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            projectId: string;
                            indicatorKey: string;
                            targetName: string;
                            target: number;
                            unit: string;
                            /** @enum {string} */
                            direction: "higherIsBetter" | "lowerIsBetter";
                            dueMonth: string;
                            /** @enum {string} */
                            dueSource: "plan" | "projectPlannedFinish";
                            latest: {
                                month: string;
                                value: number;
                            } | null;
                            forecast: number | null;
                            slopePerMonth: number | null;
                            pointsUsed: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recomputeProjectSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        months: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listManualValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            indicatorKey: string;
                            value: number;
                            asOf: string;
                            note: string | null;
                            enteredByName: string;
                            createdAt: string;
                            isDemo: boolean;
                            evidence: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        }[];
                        total: number;
                        canEnter: boolean;
                        definitions: {
                            key: string;
                            name: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            minValue: number | null;
                            maxValue: number | null;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createManualValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    indicatorKey: string;
                    value: number;
                    /** Format: date */
                    asOf: string;
                    note?: string | null;
                    evidenceIds: string[];
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        indicatorKey: string;
                        value: number;
                        asOf: string;
                        note: string | null;
                        enteredByName: string;
                        createdAt: string;
                        isDemo: boolean;
                        evidence: {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadTrackingEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, PNG or JPEG
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fileName: string;
                        mediaType: string;
                        sizeBytes: number;
                        sha256: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadTrackingEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: PDF document or PNG image or JPEG image */
            200: {
                headers: {
                    /** @description attachment; filename="…"; filename*=UTF-8''… (RFC 6266) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDefaultAdoptions: {
        parameters: {
            query: {
                kind: "carbon_factor" | "evaluation_scheme" | "site_rule" | "prefab_score_table" | "waste_target";
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; the body is the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "carbon_factor" | "evaluation_scheme" | "site_rule" | "prefab_score_table" | "waste_target";
                            key: string;
                            regionCode: string;
                            value: number | null;
                            adoptedByName: string;
                            organisationName: string | null;
                            adoptedAt: string;
                            /** @description e.g. 湖南省住房和城乡建设厅 2026-12-07 采用 */
                            label: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adoptDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "carbon_factor" | "evaluation_scheme" | "site_rule" | "prefab_score_table" | "waste_target";
                    key: string;
                    /** @description Required for the ministry and admins; a regional regulator adopts for its own region */
                    regionCode?: string | null;
                    value?: number | null;
                };
            };
        };
        responses: {
            /** @description Created; the body is the new resource */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "carbon_factor" | "evaluation_scheme" | "site_rule" | "prefab_score_table" | "waste_target";
                        key: string;
                        regionCode: string;
                        value: number | null;
                        adoptedByName: string;
                        organisationName: string | null;
                        adoptedAt: string;
                        /** @description e.g. 湖南省住房和城乡建设厅 2026-12-07 采用 */
                        label: string;
                    };
                };
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type (uploads are checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawDefaultAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the input failed validation (details name each field) or breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the session or token has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed: role, region, token scope or request origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
